import { expect } from '@open-wc/testing';
import { bbcodeToPlainText, parseBBCode } from '../../../src/core/bbcode/index.js';

describe('bbcodeToPlainText', () => {
  it('removes tags and keeps their text', () => {
    expect(bbcodeToPlainText('[b]Hello[/b] [I]dear[/i] [u]client[/u], [s]no[/s] [url=https://a.example]link[/url]')).to.equal(
      'Hello dear client, no link',
    );
  });

  it('writes mentions as @Name (or @id when unnamed)', () => {
    expect(bbcodeToPlainText('[user=12]Anna[/user] and [chat=3]Sales[/chat] and [user=4][/user]')).to.equal(
      '@Anna and @Sales and @4',
    );
  });

  it('collapses [br], newlines and runs of whitespace into single spaces', () => {
    expect(bbcodeToPlainText('  one[br]two\n\nthree \t four  ')).to.equal('one two three four');
  });

  it('puts quotes in « »', () => {
    expect(bbcodeToPlainText('>> is it [b]open[/b]?\n>> today\nYes, until 6.')).to.equal('« is it open? today » Yes, until 6.');
  });

  it('keeps code content and unknown or unclosed tags as they read', () => {
    expect(bbcodeToPlainText('[code]\na[b]\n[/code] [color=red]x [i]y')).to.equal('a[b] [color=red]x [i]y');
  });

  it('writes /me as an action with the optional name', () => {
    expect(bbcodeToPlainText('/me waves')).to.equal('* waves');
    expect(bbcodeToPlainText('/me waves', { meName: 'Anna' })).to.equal('* Anna waves');
  });

  it('accepts a parsed tree', () => {
    expect(bbcodeToPlainText(parseBBCode('[b]x[/b]\ny'))).to.equal('x y');
  });

  it('keeps markup as text', () => {
    expect(bbcodeToPlainText('<script>alert(1)</script>')).to.equal('<script>alert(1)</script>');
  });
});
