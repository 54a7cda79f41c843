/**
 * The BBCode vocabulary shared by the parser and the escaping helpers, so that
 * what `escapeBBCode` neutralises is exactly what `parseBBCode` recognises.
 * @internal
 */
import type { BBFormatType } from './ast.js';

/** Tag names the parser knows (longest first, so `url` is not read as `u`). */
const TAG_NAMES = 'url|user|chat|code|br|b|i|u|s';

/**
 * One tag: `[name]`, `[/name]` or `[name=value]`. The value can contain neither
 * brackets nor a newline, which keeps every match attempt bounded by the next
 * bracket and the whole scan linear.
 */
const TAG_SOURCE = String.raw`\[(\/?)(${TAG_NAMES})(?:=([^\[\]\n]*))?\]`;

/** A sticky, case-insensitive matcher of one tag at `lastIndex`. */
export function tagMatcher(): RegExp {
  return new RegExp(TAG_SOURCE, 'iy');
}

/** Every `[` that starts a recognised tag (used to escape them). */
export const TAG_START = new RegExp(String.raw`\[(?=\/?(?:${TAG_NAMES})(?:=[^\[\]\n]*)?\])`, 'gi');

/** Formatting tags and the node type they produce. */
export const FORMAT_TAGS: Readonly<Record<string, BBFormatType>> = {
  b: 'bold',
  i: 'italic',
  u: 'underline',
  s: 'strike',
};

/** Tags nested deeper than this are shown as literal text. */
export const MAX_DEPTH = 32;

/** What a `[user=…]`/`[chat=…]` id may look like. */
export const MENTION_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

/** The marker that starts a quote line. */
export const QUOTE_MARKER = '>>';

/** A message starting with `/me` and a space is an action line. */
export const ME_PREFIX = /^\/me[ \t]+(?=\S)/;

/** The few character references the parser decodes in text (escape targets). */
const ENTITY = /&#(91|93|38|62|47);/g;
const ENTITY_CHARS: Readonly<Record<string, string>> = { '91': '[', '93': ']', '38': '&', '62': '>', '47': '/' };

/** Decodes `&#91;` `&#93;` `&#38;` `&#62;` `&#47;`, and nothing else. */
export function decodeEntities(text: string): string {
  return text.includes('&#') ? text.replace(ENTITY, (_, code: string) => ENTITY_CHARS[code] ?? '') : text;
}

/** Turns `&` into `&#38;` where it would otherwise start a decoded reference. */
export function protectEntities(text: string): string {
  return text.includes('&#') ? text.replace(ENTITY, (ref) => `&#38;${ref.slice(1)}`) : text;
}
