/**
 * Placeholders of canned responses (A9): `{client.name}`, `{operator.name}`…
 * are filled from the chat and the current operator when a response is
 * inserted. Whatever cannot be filled stays in the text literally and is
 * reported, so the operator sees it before sending.
 */
import { escapeBBCode } from './bbcode/compose.js';
import type { Chat, Operator } from './model.js';

/** Every placeholder the library fills, without braces. */
export const PLACEHOLDERS = [
  'client.name',
  'client.email',
  'client.phone',
  'operator.name',
  'chat.title',
  'session.id',
] as const;

export type PlaceholderName = (typeof PLACEHOLDERS)[number];

/** Where the values come from. Absent parts leave their placeholders unfilled. */
export interface PlaceholderContext {
  chat?: Chat;
  /** The operator who inserts the response (`store.me`). */
  operator?: Operator;
}

export interface FilledText {
  /** The text with every placeholder that had a value replaced (values escaped as BBCode). */
  text: string;
  /** Placeholders left as they were, with braces, once each, in order of appearance: `{client.email}`. */
  unfilled: string[];
}

/**
 * `{word.word}`: what looks like a placeholder. Unknown names (`{client.address}`)
 * are reported as unfilled too, so a typo is seen before the client sees it.
 */
const PLACEHOLDER = /\{([a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)\}/gi;

const VALUES: Record<PlaceholderName, (context: PlaceholderContext) => string | undefined> = {
  'client.name': ({ chat }) => chat?.client.name,
  'client.email': ({ chat }) => chat?.client.email,
  'client.phone': ({ chat }) => chat?.client.phone,
  'operator.name': ({ operator }) => operator?.name,
  'chat.title': ({ chat }) => chat?.title,
  'session.id': ({ chat }) => chat?.sessionId,
};

function isKnown(name: string): name is PlaceholderName {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** The value of one placeholder (case-insensitive name), or undefined when it has none. */
export function placeholderValue(name: string, context: PlaceholderContext): string | undefined {
  const key = name.toLowerCase();
  if (!isKnown(key)) return undefined;
  const value = VALUES[key](context)?.trim();
  return value ? value : undefined;
}

/** The placeholders a text contains, with braces, once each. */
export function findPlaceholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (match) => match[0]))];
}

/**
 * Fills the placeholders of a BBCode text. Values are plain text from the
 * chat (a client may be called `[b]Bob`), so they are escaped as BBCode and
 * show exactly as written.
 *
 * @example
 * fillPlaceholders('Hello {client.name}', { chat }) // { text: 'Hello Anna', unfilled: [] }
 */
export function fillPlaceholders(text: string, context: PlaceholderContext): FilledText {
  const unfilled = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (match, name: string) => {
    const value = placeholderValue(name, context);
    if (value === undefined) {
      unfilled.add(match);
      return match;
    }
    return escapeBBCode(value);
  });
  return { text: filled, unfilled: [...unfilled] };
}
