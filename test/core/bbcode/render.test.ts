import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { parseBBCode, renderBBCode } from '../../../src/core/bbcode/index.js';
import type { Mention } from '../../../src/core/model.js';
import { count, elementNames, renderInto, textOf } from './helpers.js';

describe('renderBBCode', () => {
  it('renders plain text as text', async () => {
    const el = await renderInto('Hello <world> & "friends"');
    expect(elementNames(el)).to.deep.equal([]);
    expect(textOf(el)).to.equal('Hello <world> & "friends"');
  });

  it('renders each formatting tag as its element', async () => {
    const el = await renderInto('[b]B[/b][i]I[/i][u]U[/u][s]S[/s]');
    expect(el.querySelector('strong')!.textContent).to.equal('B');
    expect(el.querySelector('em')!.textContent).to.equal('I');
    expect(el.querySelector('u')!.textContent).to.equal('U');
    expect(el.querySelector('s')!.textContent).to.equal('S');
  });

  it('renders nested tags nested', async () => {
    const el = await renderInto('[B]bold [i]both[/I][/b]');
    expect(el.querySelector('strong > em')!.textContent).to.equal('both');
    expect(el.querySelector('strong')!.textContent).to.equal('bold both');
  });

  it('renders unknown, unmatched and unclosed tags as visible text', async () => {
    const el = await renderInto('[color=red]x[/color] [/b] [i]open');
    expect(elementNames(el)).to.deep.equal([]);
    expect(textOf(el)).to.equal('[color=red]x[/color] [/b] [i]open');
  });

  it('renders line breaks as <br>', async () => {
    const el = await renderInto('one\ntwo[br]three');
    expect(count(el, 'br')).to.equal(2);
    expect(textOf(el)).to.equal('one\ntwo\nthree');
  });

  describe('code', () => {
    it('renders inline code literally', async () => {
      const el = await renderInto('run [code][b]npm[/b] <i>[/code]');
      const code = el.querySelector('code')!;
      expect(code.getAttribute('part')).to.equal('code');
      expect(code.textContent).to.equal('[b]npm[/b] <i>');
      expect(count(el, 'pre, strong, i')).to.equal(0);
    });

    it('renders multi-line code as <pre><code>', async () => {
      const el = await renderInto('[code]\na\n  b\n[/code]');
      const pre = el.querySelector('pre')!;
      expect(pre.getAttribute('part')).to.equal('code-block');
      expect(pre.querySelector('code')!.textContent).to.equal('a\n  b');
    });
  });

  describe('links', () => {
    it('renders [url=…] as a safe external link', async () => {
      const el = await renderInto('[url=https://example.com/path?q=1]the [b]site[/b][/url]');
      const a = el.querySelector('a')!;
      expect(a.getAttribute('href')).to.equal('https://example.com/path?q=1');
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer nofollow ugc');
      expect(a.getAttribute('part')).to.equal('link');
      expect(a.querySelector('strong')!.textContent).to.equal('site');
    });

    it('renders [url]…[/url], mailto: and bare URLs as links', async () => {
      const el = await renderInto(
        '[url]http://example.com[/url] [url=MAILTO:help@example.com]mail[/url] visit https://example.org/x.',
      );
      const hrefs = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['http://example.com/', 'mailto:help@example.com', 'https://example.org/x']);
      expect(textOf(el)).to.equal('http://example.com mail visit https://example.org/x.');
    });

    it('re-checks href of a hand-built tree', async () => {
      const el = await renderInto([{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }]);
      expect(count(el, 'a')).to.equal(0);
      expect(textOf(el)).to.equal('x');
    });
  });

  describe('mentions', () => {
    it('renders a user mention as <bdi> with the name from the content', async () => {
      const el = await renderInto('hi [user=12]Anna[/user]!');
      const bdi = el.querySelector('bdi')!;
      expect(bdi.className).to.equal('mention');
      expect(bdi.getAttribute('part')).to.equal('mention');
      expect(bdi.dataset.kind).to.equal('user');
      expect(bdi.dataset.id).to.equal('12');
      expect(bdi.textContent).to.equal('@Anna');
      expect(bdi.hasAttribute('role')).to.equal(false);
      expect(textOf(el)).to.equal('hi @Anna!');
    });

    it('renders a chat mention and falls back to the id when the name is empty', async () => {
      const el = await renderInto('[chat=7]Sales[/chat] [user=12][/user]');
      const [chat, user] = el.querySelectorAll('bdi');
      expect(chat!.dataset.kind).to.equal('chat');
      expect(chat!.textContent).to.equal('@Sales');
      expect(user!.textContent).to.equal('@12');
    });

    it('renders markup in names as text', async () => {
      const el = await renderInto('[user=3]<b>Bob</b>[/user]');
      expect(el.querySelector('bdi')!.textContent).to.equal('@<b>Bob</b>');
      expect(count(el, 'b')).to.equal(0);
    });

    it('calls onMention on click, Enter and Space, and makes mentions focusable', async () => {
      const calls: Mention[] = [];
      const el = await renderInto('[user=12]Anna[/user]', { onMention: (mention) => calls.push(mention) });
      const bdi = el.querySelector('bdi')!;
      expect(bdi.getAttribute('role')).to.equal('button');
      expect(bdi.tabIndex).to.equal(0);
      bdi.click();
      bdi.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      bdi.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
      bdi.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      expect(calls).to.deep.equal([
        { kind: 'user', id: '12', name: 'Anna' },
        { kind: 'user', id: '12', name: 'Anna' },
        { kind: 'user', id: '12', name: 'Anna' },
      ]);
    });
  });

  describe('quotes', () => {
    it('renders >> lines as one <blockquote part="quote">', async () => {
      const el = await renderInto('>> was it [i]blue[/i]?\n>> or red\nIt was blue.');
      const quotes = el.querySelectorAll('blockquote');
      expect(quotes).to.have.length(1);
      expect(quotes[0]!.getAttribute('part')).to.equal('quote');
      expect(textOf(quotes[0]!)).to.equal('was it blue?\nor red');
      expect(quotes[0]!.querySelector('em')!.textContent).to.equal('blue');
      expect(textOf(el)).to.equal('was it blue?\nor redIt was blue.');
    });
  });

  describe('/me', () => {
    it('renders an italic action line with the author name', async () => {
      const el = await renderInto('/me waves [b]hello[/b]', { meName: 'Anna' });
      const me = el.querySelector('em.me')!;
      expect(me.getAttribute('part')).to.equal('me');
      expect(me.textContent).to.equal('* Anna waves hello');
      expect(me.querySelector('strong')!.textContent).to.equal('hello');
    });

    it('renders without a name when none is given', async () => {
      const el = await renderInto('/me waves');
      expect(el.querySelector('em.me')!.textContent).to.equal('* waves');
    });
  });

  describe('highlight', () => {
    it('wraps case-insensitive matches in <mark part="highlight">', async () => {
      const el = await renderInto('Delivery on [b]TUESDAY[/b], tuesday or Tues.', { highlight: 'tues' });
      const marks = [...el.querySelectorAll('mark')];
      expect(marks.map((mark) => mark.textContent)).to.deep.equal(['TUES', 'tues', 'Tues']);
      expect(marks.every((mark) => mark.getAttribute('part') === 'highlight')).to.equal(true);
      expect(el.querySelector('strong > mark')!.textContent).to.equal('TUES');
      expect(textOf(el)).to.equal('Delivery on TUESDAY, tuesday or Tues.');
    });

    it('treats the query literally, also in names and code', async () => {
      const el = await renderInto('a.b axb [code]a.b[/code] [user=1]a.b[/user]', { highlight: 'a.b' });
      expect([...el.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal(['a.b', 'a.b', 'a.b']);
      expect(count(el, 'code > mark')).to.equal(1);
      expect(count(el, 'bdi > mark')).to.equal(1);
    });

    it('ignores a blank query and never marks markup', async () => {
      expect((await renderInto('some text', { highlight: '  ' })).querySelector('mark')).to.equal(null);
      const el = await renderInto('[b]x[/b]', { highlight: 'b' });
      expect(count(el, 'mark')).to.equal(0);
    });
  });

  it('renders an already parsed tree', async () => {
    const el = await renderInto(parseBBCode('[s]old[/s] new'));
    expect(el.querySelector('s')!.textContent).to.equal('old');
    expect(textOf(el)).to.equal('old new');
  });

  it('updates in place when rendered again', async () => {
    const el = await renderInto('[b]one[/b]');
    render(renderBBCode('[i]two[/i]'), el);
    expect(count(el, 'strong')).to.equal(0);
    expect(el.querySelector('em')!.textContent).to.equal('two');
  });
});
