import { expect } from '@open-wc/testing';
import { BBCODE_MAX_DEPTH, parseBBCode } from '../../../src/core/bbcode/index.js';
import type { BBNode } from '../../../src/core/bbcode/index.js';

const text = (value: string): BBNode => ({ type: 'text', text: value });
const br: BBNode = { type: 'break' };

describe('parseBBCode', () => {
  describe('inline tags', () => {
    it('parses plain text as one text node', () => {
      expect(parseBBCode('Hello, world')).to.deep.equal([text('Hello, world')]);
    });

    it('returns an empty tree for empty text', () => {
      expect(parseBBCode('')).to.deep.equal([]);
    });

    for (const [tag, type] of [
      ['b', 'bold'],
      ['i', 'italic'],
      ['u', 'underline'],
      ['s', 'strike'],
    ] as const) {
      it(`parses [${tag}] as ${type}`, () => {
        expect(parseBBCode(`a [${tag}]x[/${tag}] b`)).to.deep.equal([
          text('a '),
          { type, children: [text('x')] },
          text(' b'),
        ]);
      });
    }

    it('reads tag names case-insensitively', () => {
      expect(parseBBCode('[B]x[/b][I]y[/I][Url=https://a.example]z[/URL]')).to.deep.equal([
        { type: 'bold', children: [text('x')] },
        { type: 'italic', children: [text('y')] },
        { type: 'link', href: 'https://a.example/', children: [text('z')] },
      ]);
    });

    it('nests tags', () => {
      expect(parseBBCode('[b]a [i]b [u]c[/u][/i][/b]')).to.deep.equal([
        {
          type: 'bold',
          children: [
            text('a '),
            { type: 'italic', children: [text('b '), { type: 'underline', children: [text('c')] }] },
          ],
        },
      ]);
    });

    it('turns [br] and newlines into breaks', () => {
      expect(parseBBCode('a[br]b\nc[BR]')).to.deep.equal([text('a'), br, text('b'), br, text('c'), br]);
    });
  });

  describe('literal text recovery', () => {
    it('keeps unknown tags as text', () => {
      expect(parseBBCode('[color=red]x[/color] [img]y[/img] [b=1]z')).to.deep.equal([
        text('[color=red]x[/color] [img]y[/img] [b=1]z'),
      ]);
    });

    it('keeps unmatched closing tags as text', () => {
      expect(parseBBCode('a[/b] [/url] [/code][/user]')).to.deep.equal([text('a[/b] [/url] [/code][/user]')]);
    });

    it('keeps unclosed tags as text with their content', () => {
      expect(parseBBCode('[b]bold [i]and italic')).to.deep.equal([text('[b]bold [i]and italic')]);
    });

    it('restores a tag closed out of order and keeps what it held', () => {
      expect(parseBBCode('[b][i]x[/b][/i]')).to.deep.equal([
        { type: 'bold', children: [text('[i]x')] },
        text('[/i]'),
      ]);
    });

    it('keeps an unclosed inner tag literal inside a closed outer one', () => {
      expect(parseBBCode('[b]a [u]b[/b]')).to.deep.equal([{ type: 'bold', children: [text('a [u]b')] }]);
    });

    it('keeps stray brackets', () => {
      expect(parseBBCode('[[b]]x[/b]] [] [ b]')).to.deep.equal([
        text('['),
        { type: 'bold', children: [text(']x')] },
        text('] [] [ b]'),
      ]);
    });

    it(`caps nesting at ${BBCODE_MAX_DEPTH} levels; deeper tags stay literal`, () => {
      const depth = BBCODE_MAX_DEPTH + 3;
      const tree = parseBBCode(`${'[b]'.repeat(depth)}x${'[/b]'.repeat(depth)}`);
      let level = 0;
      let nodes = tree;
      while (nodes[0]?.type === 'bold') {
        level++;
        nodes = nodes[0].children;
      }
      expect(level).to.equal(BBCODE_MAX_DEPTH);
      // The innermost closing tags close the 32 real levels; the extra ones stay text.
      expect(nodes).to.deep.equal([text(`${'[b]'.repeat(3)}x`)]);
      expect(tree.slice(1)).to.deep.equal([text('[/b]'.repeat(3))]);
    });
  });

  describe('[code]', () => {
    it('keeps its content literal', () => {
      expect(parseBBCode('[code][b]x[/b] [url]https://a.example[/url] https://b.example[/code]')).to.deep.equal([
        { type: 'code', text: '[b]x[/b] [url]https://a.example[/url] https://b.example', block: false },
      ]);
    });

    it('is a block when it spans lines, without the first and last newline', () => {
      expect(parseBBCode('[CODE]\nif (a) {\n  b();\n}\n[/Code]')).to.deep.equal([
        { type: 'code', text: 'if (a) {\n  b();\n}', block: true },
      ]);
    });

    it('is literal text when unclosed', () => {
      expect(parseBBCode('[code][b]x[/b]')).to.deep.equal([text('[code]'), { type: 'bold', children: [text('x')] }]);
    });

    it('keeps >> lines inside code', () => {
      expect(parseBBCode('[code]\necho x\n>> log.txt\n[/code]\n>> quote')).to.deep.equal([
        { type: 'code', text: 'echo x\n>> log.txt', block: true },
        { type: 'quote', children: [text('quote')] },
      ]);
    });
  });

  describe('links', () => {
    it('parses [url]…[/url] with the content as target', () => {
      expect(parseBBCode('[url]https://example.com/a?b=1&c=2[/url]')).to.deep.equal([
        { type: 'link', href: 'https://example.com/a?b=1&c=2', children: [text('https://example.com/a?b=1&c=2')] },
      ]);
    });

    it('parses [url=…] with formatted content', () => {
      expect(parseBBCode('[url=https://example.com]see [b]this[/b][/url]')).to.deep.equal([
        {
          type: 'link',
          href: 'https://example.com/',
          children: [text('see '), { type: 'bold', children: [text('this')] }],
        },
      ]);
    });

    it('accepts mailto:', () => {
      expect(parseBBCode('[url=mailto:help@example.com]write[/url]')).to.deep.equal([
        { type: 'link', href: 'mailto:help@example.com', children: [text('write')] },
      ]);
    });

    it('shows the content as text when the target is refused', () => {
      expect(parseBBCode('[url=javascript:alert(1)]click[/url]')).to.deep.equal([text('click')]);
      expect(parseBBCode('[url]ftp://example.com[/url]')).to.deep.equal([text('ftp://example.com')]);
    });

    it('does not nest links', () => {
      expect(parseBBCode('[url=https://a.example]x [url=https://b.example]y[/url]')).to.deep.equal([
        { type: 'link', href: 'https://a.example/', children: [text('x [url=https://b.example]y')] },
      ]);
    });

    it('auto-links bare URLs without trailing punctuation', () => {
      expect(parseBBCode('See https://example.com/a, (https://example.org/wiki/A_(b)). Done.')).to.deep.equal([
        text('See '),
        { type: 'link', href: 'https://example.com/a', auto: true, children: [text('https://example.com/a')] },
        text(', ('),
        {
          type: 'link',
          href: 'https://example.org/wiki/A_(b)',
          auto: true,
          children: [text('https://example.org/wiki/A_(b)')],
        },
        text('). Done.'),
      ]);
    });

    it('does not auto-link inside links, code or mentions', () => {
      const tree = parseBBCode('[url=https://a.example]https://b.example[/url][code]https://c.example[/code]');
      expect(tree).to.deep.equal([
        { type: 'link', href: 'https://a.example/', children: [text('https://b.example')] },
        { type: 'code', text: 'https://c.example', block: false },
      ]);
    });
  });

  describe('mentions', () => {
    it('parses user and chat mentions with their names as text', () => {
      expect(parseBBCode('[user=12]Anna Petrova[/user] and [CHAT=7]Sales [b]team[/b][/chat]')).to.deep.equal([
        { type: 'mention', kind: 'user', id: '12', name: 'Anna Petrova' },
        text(' and '),
        { type: 'mention', kind: 'chat', id: '7', name: 'Sales [b]team[/b]' },
      ]);
    });

    it('accepts an empty name', () => {
      expect(parseBBCode('[user=12][/user]')).to.deep.equal([{ type: 'mention', kind: 'user', id: '12', name: '' }]);
    });

    it('keeps mentions with an invalid id or no closing tag as text', () => {
      expect(parseBBCode('[user=]x[/user] [user=a b]y[/user]')).to.deep.equal([
        text('[user=]x[/user] [user=a b]y[/user]'),
      ]);
      expect(parseBBCode('[user=1]Anna')).to.deep.equal([text('[user=1]Anna')]);
    });
  });

  describe('quotes', () => {
    it('groups consecutive >> lines into one quote parsed for inline tags', () => {
      expect(parseBBCode('Before\n>> first [b]line[/b]\n>>second\nAfter')).to.deep.equal([
        text('Before'),
        {
          type: 'quote',
          children: [text('first '), { type: 'bold', children: [text('line')] }, br, text('second')],
        },
        text('After'),
      ]);
    });

    it('keeps tags from spanning a quote boundary', () => {
      expect(parseBBCode('[b]x\n>>q\n[/b]')).to.deep.equal([
        text('[b]x'),
        { type: 'quote', children: [text('q')] },
        text('[/b]'),
      ]);
    });

    it('needs >> at the very start of the line', () => {
      expect(parseBBCode(' >> no\na >> b')).to.deep.equal([text(' >> no'), br, text('a >> b')]);
    });
  });

  describe('/me', () => {
    it('wraps a message starting with "/me " in a me node', () => {
      expect(parseBBCode('/me waves [b]hello[/b]')).to.deep.equal([
        { type: 'me', children: [text('waves '), { type: 'bold', children: [text('hello')] }] },
      ]);
    });

    it('only applies at the start and with some action text', () => {
      expect(parseBBCode('say /me waves')).to.deep.equal([text('say /me waves')]);
      expect(parseBBCode('/me ')).to.deep.equal([text('/me ')]);
      expect(parseBBCode('/meow')).to.deep.equal([text('/meow')]);
    });
  });

  it('normalises CRLF line endings', () => {
    expect(parseBBCode('a\r\nb\rc')).to.deep.equal([text('a'), br, text('b'), br, text('c')]);
  });
});
