import { expect } from '@open-wc/testing';
import { bbcodeToPlainText, parseBBCode } from '../../../src/core/bbcode/index.js';
import { renderInto } from './helpers.js';

/*
 * No timed assertion here (speed is measured by the benchmark): a quadratic
 * parser would not finish these inputs within the test timeout, so each test
 * guards against it by completing, and checks that nothing was lost.
 */
const KB = 1024;
const MB = 1024 * KB;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

const HOSTILE: Record<string, string> = {
  '1 MB of ordinary formatted chat': repeatTo('Hello [b]world[/b], see https://example.com/x. [i]ok[/i] [user=1]Anna[/user]\n', MB),
  '1 MB without any markup': repeatTo('Lorem ipsum dolor sit amet. ', MB),
  '100 KB of [b]': repeatTo('[b]', 100 * KB),
  '100 KB of [/b]': repeatTo('[/b]', 100 * KB),
  '100 KB of [': repeatTo('[', 100 * KB),
  '1 MB of [[[[': repeatTo('[', MB),
  '100 KB of unclosed [code]': repeatTo('[code]', 100 * KB),
  '100 KB of unclosed [user=1]': repeatTo('[user=1]', 100 * KB),
  '100 KB of unclosed [url]': repeatTo('[url]', 100 * KB),
  '100 KB of [url= without ]': repeatTo('[url=https://a.example/', 100 * KB),
  '100 KB of [b=': repeatTo('[b=', 100 * KB),
  '100 KB of deep nesting': repeatTo('[b][i][u][s]', 50 * KB) + repeatTo('[/s][/u][/i][/b]', 50 * KB),
  '1 MB of http://': repeatTo('http://', MB),
  '100 KB of ))))': `https://a.example/${repeatTo(')', 100 * KB)}`,
  '1 MB of >> lines': repeatTo('>>x\n', MB),
  '1 MB of newlines': repeatTo('\n', MB),
  '1 MB of &#91;': repeatTo('&#91;', MB),
  '[code] closing far away': `${repeatTo('[code]\n>>x\n', 100 * KB)}[/code]`,
};

describe('BBCode on large and hostile input', () => {
  for (const [label, input] of Object.entries(HOSTILE)) {
    it(`parses ${label}`, () => {
      const result = parseBBCode(input);
      expect(result.length).to.be.greaterThan(0);
    });
  }

  it('keeps every character of hostile input visible', () => {
    const input = repeatTo('[b]', 100 * KB);
    expect(bbcodeToPlainText(input)).to.equal(input);
  });

  it('converts 1 MB to plain text', () => {
    const result = bbcodeToPlainText(HOSTILE['1 MB of ordinary formatted chat']!);
    expect(result.length).to.be.greaterThan(MB / 2);
    expect(result).not.to.contain('[b]');
  });

  it('renders 100 KB of hostile markup, mentions included and no script link', async () => {
    const input = repeatTo('[b][i]x[/b] [url]javascript:1[/url] [[user=1]a[/user] ', 100 * KB);
    const el = await renderInto(input);
    expect(el.querySelectorAll('bdi').length).to.be.greaterThan(1000);
    expect(el.querySelectorAll('a').length).to.equal(0);
  });
});
