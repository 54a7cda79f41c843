import { aTimeout, expect } from '@open-wc/testing';
import { parseBBCode, safeHref } from '../../../src/core/bbcode/index.js';
import type { BBNode } from '../../../src/core/bbcode/index.js';
import { count, elementNames, renderInto, textOf } from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Every payload sets `window.__pwned` if any of it ever runs. */
const PAYLOADS = [
  '[url=javascript:alert(1)]x[/url]',
  '[url=javascript:window.__pwned=1]click me[/url]',
  '[url]javascript:window.__pwned=1[/url]',
  '[url=JaVaScRiPt:window.__pwned=1]x[/url]',
  '[url= JaVaScRiPt:window.__pwned=1]x[/url]',
  '[url=\tjavascript:window.__pwned=1]x[/url]',
  '[url=java\tscript:window.__pwned=1]x[/url]',
  '[url=java&#09;script:window.__pwned=1]x[/url]',
  '[url=&#106;avascript:window.__pwned=1]x[/url]',
  '[url=javascript&#58;window.__pwned=1]x[/url]',
  '[url=java\u0000script:window.__pwned=1]x[/url]',
  '[url=\u200bjavascript:window.__pwned=1]x[/url]',
  '[url=data:text/html,<script>window.__pwned=1</script>]x[/url]',
  '[url]data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+[/url]',
  '[url=vbscript:msgbox(1)]x[/url]',
  '[url=//evil.example/x]x[/url]',
  '[url=/\\evil.example]x[/url]',
  '[url=https:window.__pwned=1]x[/url]',
  '[url=https://trusted.example@evil.example/]x[/url]',
  '[url=file:///etc/passwd]x[/url]',
  '[url="onmouseover="window.__pwned=1]x[/url]',
  '[url=https://a.example" onmouseover="window.__pwned=1]x[/url]',
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"><circle r="1"/></svg>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '[b]<img src=x onerror="window.__pwned=1">[/b]',
  '[code]<img src=x onerror="window.__pwned=1">[/code]',
  '[user=1"><img src=x onerror="window.__pwned=1">]x[/user]',
  '[user=1]<img src=x onerror="window.__pwned=1">[/user]',
  '[chat=1 onmouseover=window.__pwned=1]x[/chat]',
  '>> <img src=x onerror="window.__pwned=1">',
  '/me <img src=x onerror="window.__pwned=1">',
  '&lt;img src=x onerror=window.__pwned=1&gt; &#60;script&#62;window.__pwned=1&#60;/script&#62;',
  'https://example.com/"><img src=x onerror="window.__pwned=1">',
  '[url=https://example.com/]<a href="javascript:window.__pwned=1">x</a>[/url]',
];

/** The only elements the renderer creates. */
const RENDERED_ELEMENTS = ['strong', 'em', 'u', 's', 'code', 'pre', 'a', 'bdi', 'br', 'blockquote', 'mark'];

const DANGEROUS_ELEMENTS = 'img, script, svg, iframe, object, embed, style, link, meta, form, input, math';

/** Every element with an attribute starting with `on` (event handler). */
function handlerAttributes(root: Element): string[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].filter((attr) => attr.name.toLowerCase().startsWith('on')).map((attr) => attr.name),
  );
}

function linksIn(nodes: readonly BBNode[]): string[] {
  return nodes.flatMap((node) => {
    const own = node.type === 'link' ? [node.href] : [];
    return 'children' in node ? [...own, ...linksIn(node.children)] : own;
  });
}

describe('BBCode security', () => {
  beforeEach(() => {
    delete window.__pwned;
  });

  it('has a working tripwire (control: a real onerror handler sets it)', async () => {
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__pwned = 1');
    img.src = 'data:,broken';
    document.body.append(img);
    await aTimeout(100);
    img.remove();
    expect(window.__pwned).to.equal(1);
  });

  for (const payload of PAYLOADS) {
    it(`renders inert: ${JSON.stringify(payload)}`, async () => {
      const el = await renderInto(payload, { highlight: 'x', meName: '<b>me</b>' });
      expect(count(el, DANGEROUS_ELEMENTS), 'dangerous elements').to.equal(0);
      expect(handlerAttributes(el), 'event handler attributes').to.deep.equal([]);
      for (const a of el.querySelectorAll('a')) {
        expect(new URL(a.href).protocol).to.be.oneOf(['http:', 'https:', 'mailto:']);
        expect(a.getAttribute('href')).to.not.match(/^\s*(javascript|data|vbscript|file):/i);
      }
      expect(count(el, 'a[href^="javascript" i], a[href^="data:" i], a[href^="vbscript" i]')).to.equal(0);
      expect(elementNames(el).filter((name) => !RENDERED_ELEMENTS.includes(name))).to.deep.equal([]);
      await aTimeout(20);
      expect(window.__pwned, 'tripwire').to.equal(undefined);
    });
  }

  it('shows markup payloads as their literal text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await renderInto(payload);
    expect(textOf(el)).to.equal(payload);
  });

  it('shows a refused [url] as plain text and a refused [url=…] as its content', async () => {
    const el = await renderInto('[url]javascript:alert(1)[/url] / [url=data:text/html,hi]label[/url]');
    expect(count(el, 'a')).to.equal(0);
    expect(textOf(el)).to.equal('javascript:alert(1) / label');
  });

  it('keeps malicious mention ids out of attributes', async () => {
    const el = await renderInto('[user=1"><img src=x onerror=alert(1)>]x[/user]');
    expect(count(el, 'bdi')).to.equal(0);
    expect(textOf(el)).to.equal('[user=1"><img src=x onerror=alert(1)>]x[/user]');
  });

  it('escapes hand-built trees too (names, ids, text)', async () => {
    const el = await renderInto([
      { type: 'text', text: '<img src=x onerror="window.__pwned=1">' },
      { type: 'mention', kind: 'user', id: '1" onclick="window.__pwned=1', name: '<svg onload="window.__pwned=1">' },
      { type: 'code', text: '<script>window.__pwned=1</script>', block: true },
    ]);
    expect(count(el, DANGEROUS_ELEMENTS)).to.equal(0);
    expect(handlerAttributes(el)).to.deep.equal([]);
    expect(el.querySelector('bdi')!.dataset.id).to.equal('1" onclick="window.__pwned=1');
    await aTimeout(20);
    expect(window.__pwned).to.equal(undefined);
  });

  it('never puts a non-http(s)/mailto URL in the parsed tree', () => {
    const hrefs = PAYLOADS.flatMap((payload) => linksIn(parseBBCode(payload)));
    for (const href of hrefs) expect(href).to.match(/^(https?:\/\/|mailto:)/);
  });

  it('library sources use no HTML-string sinks', async () => {
    const files = ['ast', 'compose', 'forward-search', 'index', 'inline', 'parse', 'plain-text', 'render', 'syntax', 'url'];
    for (const file of files) {
      const response = await fetch(new URL(`../../../src/core/bbcode/${file}.ts`, import.meta.url));
      expect(response.ok, file).to.equal(true);
      const code = await response.text();
      expect(code, file).to.not.match(
        /innerHTML|outerHTML|unsafeHTML|unsafeSVG|insertAdjacentHTML|DOMParser|createContextualFragment|\beval\b|new Function|document\.write/,
      );
    }
  });

  describe('safeHref', () => {
    it('accepts http, https and mailto, normalised', () => {
      expect(safeHref('HTTPS://Example.COM')).to.equal('https://example.com/');
      expect(safeHref('  http://example.com/a b'.trim())).to.equal(null);
      expect(safeHref('mailto:a@example.com')).to.equal('mailto:a@example.com');
      expect(safeHref('https://пример.рф/')).to.equal('https://xn--e1afmkfd.xn--p1ai/');
    });

    it('refuses everything else', () => {
      for (const raw of [
        '',
        'javascript:alert(1)',
        ' javascript:alert(1)',
        'java\nscript:alert(1)',
        'jav&#x09;ascript:alert(1)',
        'data:text/html,x',
        'vbscript:x',
        'ftp://example.com',
        '//example.com',
        'example.com',
        'https://',
        'https://user:pass@example.com',
        'https://exa\u00admple.com',
        `https://example.com/${'a'.repeat(9000)}`,
      ]) {
        expect(safeHref(raw), JSON.stringify(raw)).to.equal(null);
      }
    });
  });
});
