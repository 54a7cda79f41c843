import { expect } from '@open-wc/testing';
import { bbcodeToPlainText, escapeBBCode, mentionToBBCode, parseBBCode } from '../../../src/core/bbcode/index.js';
import { count, renderInto, textOf } from './helpers.js';

/** Strings a person may type that look like markup of ours. */
const TRICKY = [
  'plain text',
  'use [b]bold[/b] and [I]italic[/I]',
  '[code]x[/code] [url=https://a.example]y[/url] [user=1]z[/user] [chat=2]w[/chat] [br]',
  '[/b] [b=1] [x] [] [[b]]',
  '&#91;b] is how you write [b]',
  '&#38;#91; &#62; &#47; &amp; &#93;',
  '/me is not an action',
  '>> not a quote\n>>nor this\n  >> nor that',
  '<b>html</b> & "quotes"',
  'mail me: a@example.com, see https://example.com',
];

describe('escapeBBCode', () => {
  for (const input of TRICKY) {
    it(`round-trips ${JSON.stringify(input)}`, async () => {
      const escaped = escapeBBCode(input);
      const tree = parseBBCode(escaped);
      expect(JSON.stringify(tree)).to.not.match(/"type":"(bold|italic|underline|strike|code|mention|quote|me)"/);
      expect(bbcodeToPlainText(escaped)).to.equal(input.replace(/\s+/g, ' ').trim());
      const el = await renderInto(escaped);
      expect(textOf(el)).to.equal(input);
    });
  }

  it('leaves text without markup unchanged', () => {
    expect(escapeBBCode('Hello [x], a >> b, 50% & more')).to.equal('Hello [x], a >> b, 50% & more');
  });

  it('survives inside formatting the composer adds', () => {
    const tree = parseBBCode(`[b]${escapeBBCode('[/b] still bold')}[/b]`);
    expect(tree).to.deep.equal([{ type: 'bold', children: [{ type: 'text', text: '[/b] still bold' }] }]);
  });
});

describe('mentionToBBCode', () => {
  it('writes user and chat mentions', () => {
    expect(mentionToBBCode({ kind: 'user', id: '12', name: 'Anna Petrova' })).to.equal('[user=12]Anna Petrova[/user]');
    expect(mentionToBBCode({ kind: 'chat', id: '7', name: 'Sales' })).to.equal('[chat=7]Sales[/chat]');
  });

  it('round-trips through the parser', () => {
    const mention = { kind: 'user', id: '12', name: 'Anna' } as const;
    expect(parseBBCode(mentionToBBCode(mention))).to.deep.equal([{ type: 'mention', ...mention }]);
  });

  it('sanitises a name so it can neither close the tag nor inject one', async () => {
    const name = 'Eve [/user][b]boss[/b] [url=javascript:x]y[/url]\n>> [chat=1]z[/chat]';
    const bbcode = mentionToBBCode({ kind: 'user', id: '66', name });
    expect(bbcode.match(/\[\/user\]/g)).to.have.length(1);
    const tree = parseBBCode(`hi ${bbcode}!`);
    expect(tree).to.deep.equal([
      { type: 'text', text: 'hi ' },
      {
        type: 'mention',
        kind: 'user',
        id: '66',
        name: 'Eve [/user][b]boss[/b] [url=javascript:x]y[/url] >> [chat=1]z[/chat]',
      },
      { type: 'text', text: '!' },
    ]);
    const el = await renderInto(`hi ${bbcode}!`);
    expect(count(el, 'bdi')).to.equal(1);
    expect(count(el, 'strong, a')).to.equal(0);
  });

  it('refuses ids and kinds that could inject markup', () => {
    expect(() => mentionToBBCode({ kind: 'user', id: '1]x[/user', name: 'a' })).to.throw(RangeError);
    expect(() => mentionToBBCode({ kind: 'user', id: '', name: 'a' })).to.throw(RangeError);
    expect(() => mentionToBBCode({ kind: 'url' as 'user', id: '1', name: 'a' })).to.throw(RangeError);
  });
});
