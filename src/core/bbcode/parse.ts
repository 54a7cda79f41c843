/**
 * `parseBBCode`: message text → tree. Block structure first (`/me`, `>>` quote
 * lines), then each block through the inline parser.
 */
import type { BBNode } from './ast.js';
import { ForwardSearch } from './forward-search.js';
import { parseInline } from './inline.js';
import { ME_PREFIX, QUOTE_MARKER } from './syntax.js';

/**
 * Parses untrusted BBCode into a tree. Never throws; runs in linear time.
 *
 * - `[b] [i] [u] [s]`, `[url]`/`[url=…]`, `[code]`, `[user=ID]`, `[chat=ID]`
 *   and `[br]`, with case-insensitive names and nesting (up to 32 levels);
 * - lines starting with `>>` form quote blocks;
 * - a message starting with `/me ` becomes a single `me` node;
 * - newlines become `break` nodes; bare `http(s)://` URLs become links;
 * - anything unknown, unmatched, unclosed or unsafe stays as literal text.
 */
export function parseBBCode(text: string): BBNode[] {
  const source = String(text ?? '').replace(/\r\n?/g, '\n');
  const me = ME_PREFIX.exec(source);
  if (me) return [{ type: 'me', children: parseBlocks(source.slice(me[0].length)) }];
  return parseBlocks(source);
}

/** Splits text into runs of ordinary lines and runs of `>>` quote lines. */
function parseBlocks(source: string): BBNode[] {
  const out: BBNode[] = [];
  const codeRegions = new CodeRegions(source);
  let lines: string[] = [];
  let quoting = false;
  const flush = (): void => {
    if (lines.length === 0) return;
    const nodes = parseInline(lines.join('\n'));
    if (quoting) out.push({ type: 'quote', children: nodes });
    else for (const node of nodes) out.push(node);
    lines = [];
  };

  let start = 0;
  for (const line of source.split('\n')) {
    const isQuote = line.startsWith(QUOTE_MARKER) && !codeRegions.covers(start);
    if (isQuote !== quoting) {
      flush();
      quoting = isQuote;
    }
    lines.push(isQuote ? stripQuoteMarker(line) : line);
    if (!isQuote) codeRegions.scanLine(start, start + line.length);
    start += line.length + 1;
  }
  flush();
  return out;
}

function stripQuoteMarker(line: string): string {
  const rest = line.slice(QUOTE_MARKER.length);
  return rest.startsWith(' ') ? rest.slice(1) : rest;
}

/**
 * Tracks `[code]…[/code]` regions opened in ordinary lines, so that a `>>`
 * line inside a code block stays code (shell redirections, e-mail quotes).
 */
class CodeRegions {
  readonly #opens: ForwardSearch;
  readonly #closes: ForwardSearch;
  #until = 0;

  constructor(source: string) {
    this.#opens = new ForwardSearch(source, /\[code\]/gi);
    this.#closes = new ForwardSearch(source, /\[\/code\]/gi);
  }

  /** True when `position` is inside a code region. */
  covers(position: number): boolean {
    return position < this.#until;
  }

  /** Follows the code regions that open on the line from `start` to `end`. */
  scanLine(start: number, end: number): void {
    for (let from = Math.max(start, this.#until); from < end; from = this.#until) {
      const open = this.#opens.next(from);
      if (open < 0 || open >= end) return;
      const close = this.#closes.next(open + '[code]'.length);
      if (close < 0) return;
      this.#until = close + '[/code]'.length;
    }
  }
}
