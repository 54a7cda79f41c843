import { expect } from '@open-wc/testing';
import { applyCommand, commandItems, filterCommands, formatCommands } from '../../../src/components/composer/composer-commands.js';
import { DRAFT_KEY_PREFIX, DraftBook } from '../../../src/components/composer/composer-drafts.js';
import {
  encodeMentions,
  findTrigger,
  mentionsInText,
  prefixLines,
  wrapSelection,
} from '../../../src/components/composer/composer-text.js';
import { acceptsFile } from '../../../src/components/composer/composer-uploads.js';
import { en } from '../../../src/core/i18n/en.js';
import type { Mention } from '../../../src/core/model.js';

const format = (name: string) => formatCommands(en).find((item) => item.type === 'format' && item.format === name)!;
const apply = (text: string, start: number, end: number, name: string) => {
  const edit = applyCommand(text, start, end, format(name));
  return [edit.text, edit.text.slice(edit.selectionStart, edit.selectionEnd)];
};

describe('composer text editing', () => {
  it('wraps the selection and keeps it selected; with none, puts the caret between the tags', () => {
    expect(wrapSelection('a bc d', 2, 4, '[b]', '[/b]')).to.deep.equal({ text: 'a [b]bc[/b] d', selectionStart: 5, selectionEnd: 7 });
    expect(wrapSelection('ab', 1, 1, '[i]', '[/i]')).to.deep.equal({ text: 'a[i][/i]b', selectionStart: 4, selectionEnd: 4 });
  });

  it('applies each formatting command', () => {
    expect(apply('x bold y', 2, 6, 'bold')).to.deep.equal(['x [b]bold[/b] y', 'bold']);
    expect(apply('under', 0, 5, 'underline')).to.deep.equal(['[u]under[/u]', 'under']);
    expect(apply('gone', 0, 4, 'strike')).to.deep.equal(['[s]gone[/s]', 'gone']);
    expect(apply('npm i', 0, 5, 'code')).to.deep.equal(['[code]npm i[/code]', 'npm i']);
    expect(apply('see https://example.com', 4, 23, 'link')).to.deep.equal(['see [url]https://example.com[/url]', 'https://example.com']);
    expect(apply('our site', 4, 8, 'link'), 'the URL is selected to be typed').to.deep.equal(['our [url=https://]site[/url]', 'https://']);
    expect(apply('hi', 2, 2, 'me')[0]).to.equal('/me hi');
    expect(apply('/me hi', 6, 6, 'me')[0], 'not twice').to.equal('/me hi');
    expect(apply('sale!', 0, 0, 'loud')[0]).to.equal('/loud sale!');
  });

  it('quote prefixes every selected line (or the caret line) with >>', () => {
    expect(prefixLines('one\ntwo\nthree', 0, 7, '>>').text).to.equal('>>one\n>>two\nthree');
    expect(prefixLines('one\ntwo', 5, 5, '>>').text).to.equal('one\n>>two');
    expect(prefixLines('>>one\ntwo', 0, 9, '>>').text, 'already quoted lines stay').to.equal('>>one\n>>two');
  });

  it('bot commands start the line, replacing nothing', () => {
    const rating = commandItems(en, [{ command: '/rating', title: 'Ask for a rating' }], false).at(-1)!;
    expect(applyCommand('thanks', 6, 6, rating).text).to.equal('/rating thanks');
  });

  it('lists canned responses first, then the built-ins, then new adapter commands', () => {
    const items = commandItems(en, [{ command: '/me', title: 'Action' }, { command: '/form', title: 'Contact form' }], true);
    expect(items.map((i) => (i.type === 'canned' ? i.title : i.command.title))).to.deep.equal([
      'Canned responses', 'Bold', 'Italic', 'Underline', 'Strikethrough', 'Link', 'Code', 'Quote',
      'Describe an action (/me)', 'Loud message (/loud)', 'Contact form',
    ]);
    expect(filterCommands(items, 'LOUD').map((i) => (i.type === 'canned' ? '' : i.command.command))).to.deep.equal(['/loud']);
  });

  it('finds @ and / triggers before the caret only where they start a mention or a command', () => {
    expect(findTrigger('Hi @An', 6)).to.deep.equal({ kind: 'mention', query: 'An', start: 3, end: 6 });
    expect(findTrigger('mail@host', 9), 'not inside a word').to.equal(undefined);
    expect(findTrigger('/bo', 3)).to.deep.equal({ kind: 'command', query: 'bo', start: 0, end: 3 });
    expect(findTrigger('a\n/', 3)).to.deep.equal({ kind: 'command', query: '', start: 2, end: 3 });
    expect(findTrigger('and/or', 6), 'only at the start of a line').to.equal(undefined);
    expect(findTrigger('@An done', 8), 'not after a space').to.equal(undefined);
  });

  it('turns @Name of inserted mentions into BBCode, longest name first, escaping names', () => {
    const mentions: Mention[] = [
      { kind: 'user', id: 'u1', name: 'Ann' },
      { kind: 'user', id: 'u2', name: 'Ann Lee' },
      { kind: 'chat', id: 'pc1', name: 'Sales [b]team[/b]' },
    ];
    expect(encodeMentions('@Ann Lee and @Ann, see @Sales [b]team[/b] and @Bob', mentions)).to.equal(
      '[user=u2]Ann Lee[/user] and [user=u1]Ann[/user], see [chat=pc1]Sales &#91;b]team&#91;/b][/chat] and @Bob',
    );
    expect(mentionsInText('only @Ann Lee here', mentions).map((m) => m.id)).to.deep.equal(['u2']);
  });

  it('checks accepted types like <input accept>', () => {
    const pdf = new File(['x'], 'a.PDF', { type: 'application/pdf' });
    expect(acceptsFile(undefined, pdf)).to.equal(true);
    expect(acceptsFile(['.pdf'], pdf)).to.equal(true);
    expect(acceptsFile(['image/*'], pdf)).to.equal(false);
    expect(acceptsFile(['application/pdf'], pdf)).to.equal(true);
  });

  it('DraftBook stores text, mentions and reply under ol-draft:<chatId>, not uploads', () => {
    localStorage.removeItem(`${DRAFT_KEY_PREFIX}t1`);
    const book = new DraftBook(() => true);
    const draft = book.get('t1');
    draft.text = 'hello @Ann';
    draft.mentions = [{ kind: 'user', id: 'u1', name: 'Ann' }];
    draft.uploads = [{ key: 'k', file: new File(['x'], 'x.txt'), status: 'done', progress: 1 }];
    book.save('t1', draft);
    const reloaded = new DraftBook(() => true).get('t1');
    expect(reloaded).to.deep.equal({ text: 'hello @Ann', mentions: [{ kind: 'user', id: 'u1', name: 'Ann' }], uploads: [] });
    book.clear('t1');
    expect(localStorage.getItem(`${DRAFT_KEY_PREFIX}t1`)).to.equal(null);
    const off = new DraftBook(() => false);
    off.save('t1', { text: 'x', mentions: [], uploads: [] });
    expect(localStorage.getItem(`${DRAFT_KEY_PREFIX}t1`)).to.equal(null);
  });
});
