/**
 * Pure text editing of the composer: what a command, a mention or an insert
 * does to the textarea's value and selection. No DOM, so it is easy to test
 * and to reason about.
 * @internal
 */
import { mentionToBBCode } from '../../core/bbcode/index.js';
import type { Mention } from '../../core/model.js';

/** The textarea's value and selection after an edit. */
export interface TextEdit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

/** Replaces `[start, end)` with `insert`; the caret lands after it (or `select` within it). */
export function replaceRange(
  text: string,
  start: number,
  end: number,
  insert: string,
  select?: [from: number, to: number],
): TextEdit {
  const next = text.slice(0, start) + insert + text.slice(end);
  if (select) return { text: next, selectionStart: start + select[0], selectionEnd: start + select[1] };
  const caret = start + insert.length;
  return { text: next, selectionStart: caret, selectionEnd: caret };
}

/**
 * Wraps the selection in `open`…`close` and keeps it selected inside the
 * tags; with no selection, the caret goes between them.
 */
export function wrapSelection(text: string, start: number, end: number, open: string, close: string): TextEdit {
  const selected = text.slice(start, end);
  const from = open.length;
  return replaceRange(text, start, end, `${open}${selected}${close}`, [from, from + selected.length]);
}

/** Start of the line holding `index`. */
export function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', Math.max(0, index - 1)) + 1;
}

/**
 * Prefixes every line touched by the selection (the caret's line when there
 * is none) with `prefix`, skipping lines that already have it.
 */
export function prefixLines(text: string, start: number, end: number, prefix: string): TextEdit {
  const from = lineStart(text, start);
  const lineEnd = text.indexOf('\n', Math.max(end - (end > start && text[end - 1] === '\n' ? 1 : 0), start));
  const to = lineEnd < 0 ? text.length : lineEnd;
  const lines = text.slice(from, to).split('\n');
  let added = 0;
  let addedBeforeStart = 0;
  const prefixed = lines
    .map((line, i) => {
      if (line.startsWith(prefix)) return line;
      added += prefix.length;
      if (i === 0) addedBeforeStart = prefix.length;
      return prefix + line;
    })
    .join('\n');
  return {
    text: text.slice(0, from) + prefixed + text.slice(to),
    selectionStart: start + addedBeforeStart,
    selectionEnd: end + added,
  };
}

/** Inserts `prefix` at the very start of the message, unless it is already there. */
export function prefixMessage(text: string, start: number, end: number, prefix: string): TextEdit {
  if (text.startsWith(prefix)) return { text, selectionStart: start, selectionEnd: end };
  return { text: prefix + text, selectionStart: start + prefix.length, selectionEnd: end + prefix.length };
}

/** What the person is typing that opens a suggestion list. */
export interface Trigger {
  kind: 'mention' | 'command';
  /** The text typed after `@` or `/`. */
  query: string;
  /** Where the `@` or `/` is. */
  start: number;
  /** The caret. */
  end: number;
}

const MENTION_TRIGGER = /(?:^|[\s(])@([^\s@[\]]{0,32})$/u;
const COMMAND_TRIGGER = /(?:^|\n)\/([^\s/[\]]{0,32})$/u;

/**
 * The trigger just before the caret: `@query` after a space or at the start
 * (mentions), or `/query` at the start of a line (commands).
 */
export function findTrigger(text: string, caret: number): Trigger | undefined {
  const before = text.slice(0, caret);
  const command = COMMAND_TRIGGER.exec(before);
  if (command) {
    const query = command[1] ?? '';
    return { kind: 'command', query, start: caret - query.length - 1, end: caret };
  }
  const mention = MENTION_TRIGGER.exec(before);
  if (mention) {
    const query = mention[1] ?? '';
    return { kind: 'mention', query, start: caret - query.length - 1, end: caret };
  }
  return undefined;
}

/** How a mention reads in the textarea. */
export function mentionLabel(mention: Mention): string {
  return `@${mention.name.replace(/\s+/g, ' ').trim()}`;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mentionPattern(mentions: readonly Mention[]): RegExp | undefined {
  const labels = [...new Set(mentions.map(mentionLabel))].sort((a, b) => b.length - a.length);
  if (labels.length === 0) return undefined;
  return new RegExp(labels.map(escapeRegExp).join('|'), 'gu');
}

/** The mentions whose readable form (`@Name`) is still in the text, once each. */
export function mentionsInText(text: string, mentions: readonly Mention[]): Mention[] {
  const pattern = mentionPattern(mentions);
  if (!pattern) return [];
  const found = new Set(text.match(pattern) ?? []);
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.kind}:${m.id}`;
    if (!found.has(mentionLabel(m)) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The text to send: every `@Name` of an inserted mention becomes
 * `[user=ID]Name[/user]` / `[chat=ID]Name[/chat]`; the rest is sent as typed
 * (the operator writes BBCode on purpose, through the commands).
 */
export function encodeMentions(text: string, mentions: readonly Mention[]): string {
  const pattern = mentionPattern(mentions);
  if (!pattern) return text;
  const byLabel = new Map<string, Mention>();
  for (const mention of mentions) if (!byLabel.has(mentionLabel(mention))) byLabel.set(mentionLabel(mention), mention);
  return text.replace(pattern, (label) => {
    const mention = byLabel.get(label);
    if (!mention) return label;
    try {
      return mentionToBBCode(mention);
    } catch {
      return label;
    }
  });
}
