/**
 * Helpers for writing BBCode: the composer builds messages with these so that
 * what a person typed is shown exactly as typed.
 */
import type { Mention } from '../model.js';
import { MENTION_ID, TAG_START, protectEntities } from './syntax.js';

/**
 * Escapes text so that `parseBBCode` shows it literally: every `[` that would
 * start a recognised tag becomes `&#91;`, a `>>` at a line start becomes
 * `&#62;>`, a leading `/me` becomes `&#47;me`, and an `&` that would start one
 * of those references becomes `&#38;`. Other text (including `[x]`, `<b>` or
 * URLs) is left as is. The parser decodes exactly these references in text,
 * code, link and mention content.
 */
export function escapeBBCode(text: string): string {
  return protectEntities(String(text ?? ''))
    .replace(TAG_START, '&#91;')
    .replace(/^>>/gm, '&#62;>')
    .replace(/^\/me(?=[ \t])/, '&#47;me');
}

/**
 * Writes a mention as `[user=ID]Name[/user]` or `[chat=ID]Name[/chat]`.
 * The name is put on one line and escaped, so it can neither close the tag nor
 * open another one.
 * @throws {RangeError} when the kind is not `user`/`chat` or the id is not
 *   1–64 characters of `A-Z a-z 0-9 _ . : -` (ids are inserted unescaped).
 */
export function mentionToBBCode(mention: Mention): string {
  const { kind } = mention;
  const id = String(mention.id ?? '').trim();
  if (kind !== 'user' && kind !== 'chat') throw new RangeError(`Unknown mention kind: ${String(kind)}`);
  if (!MENTION_ID.test(id)) throw new RangeError(`Invalid mention id: ${JSON.stringify(id)}`);
  const name = String(mention.name ?? '')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
  return `[${kind}=${id}]${escapeBBCode(name)}[/${kind}]`;
}
