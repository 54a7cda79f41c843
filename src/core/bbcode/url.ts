/**
 * URL policy: which URLs become links, and where bare URLs are in text.
 */
import type { BBNode } from './ast.js';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The scheme must be written out; relative and protocol-relative URLs are refused. */
const EXPLICIT_SCHEME = /^(?:https?:\/\/|mailto:)/i;

/** Whitespace, control and invisible characters: refused anywhere inside a URL. */
const HIDDEN_CHARS = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/u;

/** Longer URLs are shown as text. */
const MAX_URL_LENGTH = 8192;

/** A bare `http(s)://` URL in text (trailing punctuation is trimmed afterwards). */
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`[\]{}|\\^]+/gi;

/** Punctuation that ends a sentence rather than a URL. */
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '*', "'", '"']);

/**
 * Returns the normalised URL when `raw` is a safe link target, else `null`.
 *
 * Safe means: an explicit `http://`, `https://` or `mailto:` scheme, no
 * whitespace or control characters anywhere (so `java\tscript:` and friends
 * fail), parseable by `new URL()` with no base, the parsed protocol in the
 * allow-list, and for http(s) a host and no `user:password@` part (a classic
 * way to disguise the real host). Character references such as `&#106;` are
 * not decoded, so they cannot spell a scheme.
 */
export function safeHref(raw: string): string | null {
  const candidate = raw.trim();
  if (!candidate || candidate.length > MAX_URL_LENGTH) return null;
  if (HIDDEN_CHARS.test(candidate) || !EXPLICIT_SCHEME.test(candidate)) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && (!url.hostname || url.username || url.password)) return null;
  return url.href;
}

/** Drops trailing sentence punctuation, and `)` that closes nothing in the URL. */
function trimUrlEnd(url: string): string {
  let end = url.length;
  let unmatchedClosers = countOf(url, ')') - countOf(url, '(');
  while (end > 0) {
    const last = url[end - 1]!;
    if (TRAILING_PUNCTUATION.has(last)) end--;
    else if (last === ')' && unmatchedClosers > 0) {
      unmatchedClosers--;
      end--;
    } else break;
  }
  return url.slice(0, end);
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/**
 * Splits one line of text into text and auto-link nodes, appending them to
 * `out` through `pushText` (which merges adjacent text).
 */
export function appendAutolinked(
  line: string,
  out: BBNode[],
  pushText: (out: BBNode[], text: string) => void,
): void {
  let last = 0;
  for (const match of line.matchAll(BARE_URL)) {
    const url = trimUrlEnd(match[0]);
    const href = safeHref(url);
    if (!href) continue;
    if (match.index > last) pushText(out, line.slice(last, match.index));
    out.push({ type: 'link', href, auto: true, children: [{ type: 'text', text: url }] });
    last = match.index + url.length;
  }
  if (last < line.length) pushText(out, line.slice(last));
}
