/**
 * The commands list of the composer (A6): built-in formatting, `/me` and
 * `/loud`, the adapter's bot commands, and the way into the canned responses
 * (A9). Each entry knows how it changes the text.
 * @internal
 */
import type { Command } from '../../core/model.js';
import { FORMAT_COMMAND_KEYS, type FormatCommand, type Translation } from '../../core/i18n/translation.js';
import type { IconName } from '../shared/icons.js';
import { lineStart, prefixLines, prefixMessage, replaceRange, wrapSelection, type TextEdit } from './composer-text.js';
import { foldText } from '../../core/text.js';

/** One entry of the commands list. */
export type CommandItem =
  | { type: 'format'; format: FormatCommand; command: Command }
  | { type: 'adapter'; command: Command }
  | { type: 'canned'; title: string };

/** What each built-in format inserts (its `Command.command`). */
const FORMAT_SYNTAX: Record<FormatCommand, string> = {
  bold: '[b]',
  italic: '[i]',
  underline: '[u]',
  strike: '[s]',
  link: '[url]',
  code: '[code]',
  quote: '>>',
  me: '/me',
  loud: '/loud',
};

const FORMAT_ORDER: FormatCommand[] = ['bold', 'italic', 'underline', 'strike', 'link', 'code', 'quote', 'me', 'loud'];

/** Icons of the built-in commands. */
export const FORMAT_ICONS: Partial<Record<FormatCommand, IconName>> = {
  bold: 'bold',
  link: 'post',
  quote: 'quote',
  code: 'file',
  me: 'user',
  loud: 'alert',
};

/** The built-in formatting commands in the current language. */
export function formatCommands(t: Translation): CommandItem[] {
  return FORMAT_ORDER.map((format) => ({
    type: 'format' as const,
    format,
    command: { command: FORMAT_SYNTAX[format], title: t[FORMAT_COMMAND_KEYS[format]] },
  }));
}

/**
 * Every command offered: canned responses first when available, the
 * built-ins, then the adapter's commands (those repeating a built-in are
 * dropped).
 */
export function commandItems(t: Translation, adapterCommands: readonly Command[], canned: boolean): CommandItem[] {
  const builtIn = formatCommands(t);
  const known = new Set(builtIn.map((item) => (item.type === 'format' ? item.command.command : '')));
  const extra = adapterCommands
    .filter((command) => !known.has(command.command))
    .map((command) => ({ type: 'adapter' as const, command }));
  return [...(canned ? [{ type: 'canned' as const, title: t.cannedResponses }] : []), ...builtIn, ...extra];
}

/** The text an item is found by. */
export function commandLabel(item: CommandItem): string {
  return item.type === 'canned' ? item.title : item.command.title;
}

/** Items whose title or command contains the query (case and accents ignored). */
export function filterCommands(items: readonly CommandItem[], query: string): CommandItem[] {
  const q = foldText(query.trim());
  if (!q) return [...items];
  return items.filter((item) => {
    const command = item.type === 'canned' ? '' : item.command.command;
    return foldText(commandLabel(item)).includes(q) || foldText(command).includes(q);
  });
}


/**
 * Applies a command to the text and selection: tags wrap the selection,
 * a quote prefixes each selected line with `>>`, `/me` and `/loud` start the
 * message, other slash commands start the caret's line.
 */
export function applyCommand(text: string, start: number, end: number, item: CommandItem): TextEdit {
  if (item.type === 'canned') return { text, selectionStart: start, selectionEnd: end };
  if (item.type === 'format') {
    switch (item.format) {
      case 'bold':
        return wrapSelection(text, start, end, '[b]', '[/b]');
      case 'italic':
        return wrapSelection(text, start, end, '[i]', '[/i]');
      case 'underline':
        return wrapSelection(text, start, end, '[u]', '[/u]');
      case 'strike':
        return wrapSelection(text, start, end, '[s]', '[/s]');
      case 'code':
        return wrapSelection(text, start, end, '[code]', '[/code]');
      case 'link':
        return insertLink(text, start, end);
      case 'quote':
        return prefixLines(text, start, end, '>>');
      case 'me':
        return prefixMessage(text, start, end, '/me ');
      case 'loud':
        return prefixMessage(text, start, end, '/loud ');
    }
  }
  const syntax = item.command.command;
  if (/^\[[a-z]+\]$/i.test(syntax)) {
    return wrapSelection(text, start, end, syntax, `[/${syntax.slice(1)}`);
  }
  const from = lineStart(text, start);
  const prefix = `${syntax} `;
  if (text.slice(from).startsWith(prefix)) return { text, selectionStart: start, selectionEnd: end };
  return replaceRange(text, from, from, prefix, [prefix.length + (start - from), prefix.length + (end - from)]);
}

const URL_LIKE = /^(https?:\/\/|mailto:|www\.)\S+$/i;

/**
 * A selected URL becomes `[url]…[/url]`; other text becomes
 * `[url=https://]text[/url]` with `https://` selected, ready to be typed over.
 */
function insertLink(text: string, start: number, end: number): TextEdit {
  const selected = text.slice(start, end);
  if (URL_LIKE.test(selected.trim())) return wrapSelection(text, start, end, '[url]', '[/url]');
  const open = '[url=https://]';
  const insert = `${open}${selected}[/url]`;
  return replaceRange(text, start, end, insert, [5, 5 + 'https://'.length]);
}
