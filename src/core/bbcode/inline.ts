/**
 * The inline parser: one left-to-right pass over a block of text with a stack
 * of open tags. It never backtracks, so its cost is linear in the input.
 *
 * Recovery rules (nothing is ever dropped and nothing throws):
 * - a closing tag with no matching open tag stays literal text;
 * - a tag closed out of order, or never closed, is turned back into its
 *   literal source text, and what it contained is kept in place;
 * - tags deeper than `MAX_DEPTH`, links inside links and tags with an
 *   unexpected or invalid value stay literal text.
 * @internal
 */
import type { BBBreakNode, BBCodeNode, BBFormatType, BBNode } from './ast.js';
import { ForwardSearch } from './forward-search.js';
import { FORMAT_TAGS, MAX_DEPTH, MENTION_ID, decodeEntities, tagMatcher } from './syntax.js';
import { appendAutolinked, safeHref } from './url.js';

/** Shared line-break node (the tree is read-only by convention). */
export const BREAK: BBBreakNode = Object.freeze({ type: 'break' }) as BBBreakNode;

/** An open tag waiting for its closing tag. */
interface Frame {
  kind: BBFormatType | 'link' | 'root';
  /** Source text of the open tag, restored if it is never closed. */
  source: string;
  /** Link target, `null` when it is not a safe URL (content shown as text). */
  href: string | null;
  children: BBNode[];
}

/** Tags whose content is taken literally up to their closing tag. */
type LiteralTag = 'code' | 'user' | 'chat' | 'url';

/** Appends text, merging it with a text node just before. */
export function pushText(out: BBNode[], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

function appendAll(out: BBNode[], nodes: readonly BBNode[]): void {
  for (const node of nodes) {
    if (node.type === 'text') pushText(out, node.text);
    else out.push(node);
  }
}

/** Collapses whitespace in a mention name. */
function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

function codeNode(content: string): BBCodeNode {
  const text = decodeEntities(content);
  if (!text.includes('\n')) return { type: 'code', text, block: false };
  return { type: 'code', text: text.replace(/^\n/, '').replace(/\n$/, ''), block: true };
}

class InlineParser {
  readonly #src: string;
  readonly #stack: Frame[] = [{ kind: 'root', source: '', href: null, children: [] }];
  readonly #closers = new Map<LiteralTag, ForwardSearch>();
  /** Where the scan resumes. */
  #pos = 0;
  /** Start of the text not yet turned into nodes. */
  #textStart = 0;
  #linkDepth = 0;

  constructor(src: string) {
    this.#src = src;
  }

  parse(): BBNode[] {
    const tag = tagMatcher();
    for (let open = this.#src.indexOf('['); open >= 0; open = this.#src.indexOf('[', this.#pos)) {
      tag.lastIndex = open;
      const match = tag.exec(this.#src);
      // A tag that is not accepted simply stays in the pending text.
      if (!match || !this.#accept(match, open)) this.#pos = open + 1;
    }
    this.#flushText(this.#src.length);
    while (this.#stack.length > 1) this.#restoreTop();
    return this.#top.children;
  }

  get #top(): Frame {
    return this.#stack[this.#stack.length - 1]!;
  }

  /** Handles one recognised tag; returns false to keep it as literal text. */
  #accept(match: RegExpExecArray, open: number): boolean {
    const [source, slash, rawName, value] = match;
    const name = rawName!.toLowerCase();
    const end = open + source.length;
    if (slash) return value === undefined && this.#close(name, open, end);
    switch (name) {
      case 'br':
        return value === undefined && this.#emit(open, end, [BREAK]);
      case 'code':
        return value === undefined && this.#literal('code', open, end, (content) => [codeNode(content)]);
      case 'user':
      case 'chat':
        return this.#mention(name, value, open, end);
      case 'url':
        if (this.#linkDepth > 0) return false;
        if (value === undefined) return this.#literal('url', open, end, (content) => this.#bareLink(content));
        return this.#open('link', source, safeHref(decodeEntities(value)), open, end);
      default:
        return value === undefined && this.#open(FORMAT_TAGS[name]!, source, null, open, end);
    }
  }

  #mention(kind: 'user' | 'chat', value: string | undefined, open: number, end: number): boolean {
    const id = value?.trim() ?? '';
    if (!MENTION_ID.test(id)) return false;
    return this.#literal(kind, open, end, (content) => [
      { type: 'mention', kind, id, name: cleanName(decodeEntities(content)) },
    ]);
  }

  /** `[url]…[/url]`: the content is both the target and the text. */
  #bareLink(content: string): BBNode[] {
    const text = decodeEntities(content).trim();
    const href = safeHref(text);
    if (href) return [{ type: 'link', href, children: [{ type: 'text', text }] }];
    const nodes: BBNode[] = [];
    this.#appendText(nodes, content, false);
    return nodes;
  }

  /** Opens a frame for a tag with parsed content. */
  #open(kind: Frame['kind'], source: string, href: string | null, open: number, end: number): boolean {
    if (this.#stack.length > MAX_DEPTH) return false;
    this.#flushText(open);
    this.#stack.push({ kind, source, href, children: [] });
    if (kind === 'link') this.#linkDepth++;
    this.#skipTo(end);
    return true;
  }

  /** Closes the nearest matching open frame, restoring the frames above it. */
  #close(name: string, open: number, end: number): boolean {
    const kind = name === 'url' ? 'link' : FORMAT_TAGS[name];
    if (!kind) return false;
    const index = this.#stack.findLastIndex((frame) => frame.kind === kind);
    if (index < 1) return false;
    this.#flushText(open);
    while (this.#stack.length - 1 > index) this.#restoreTop();
    const frame = this.#stack.pop()!;
    if (frame.kind === 'link') {
      this.#linkDepth--;
      if (frame.href) this.#top.children.push({ type: 'link', href: frame.href, children: frame.children });
      else appendAll(this.#top.children, frame.children);
    } else {
      this.#top.children.push({ type: kind as BBFormatType, children: frame.children });
    }
    this.#skipTo(end);
    return true;
  }

  /** Turns an unclosed frame back into its source text plus its content. */
  #restoreTop(): void {
    const frame = this.#stack.pop()!;
    if (frame.kind === 'link') this.#linkDepth--;
    pushText(this.#top.children, decodeEntities(frame.source));
    appendAll(this.#top.children, frame.children);
  }

  /** A tag whose content runs literally to its closing tag, if there is one. */
  #literal(tag: LiteralTag, open: number, end: number, build: (content: string) => BBNode[]): boolean {
    const close = this.#closer(tag).next(end);
    if (close < 0) return false;
    return this.#emit(open, close + tag.length + 3, build(this.#src.slice(end, close)));
  }

  #closer(tag: LiteralTag): ForwardSearch {
    let search = this.#closers.get(tag);
    if (!search) {
      search = new ForwardSearch(this.#src, new RegExp(String.raw`\[\/${tag}\]`, 'gi'));
      this.#closers.set(tag, search);
    }
    return search;
  }

  /** Replaces the source from `open` to `end` by `nodes`. */
  #emit(open: number, end: number, nodes: readonly BBNode[]): boolean {
    this.#flushText(open);
    appendAll(this.#top.children, nodes);
    this.#skipTo(end);
    return true;
  }

  #skipTo(position: number): void {
    this.#pos = position;
    this.#textStart = position;
  }

  #flushText(upTo: number): void {
    if (upTo <= this.#textStart) return;
    this.#appendText(this.#top.children, this.#src.slice(this.#textStart, upTo), this.#linkDepth === 0);
    this.#textStart = upTo;
  }

  /** Text: references decoded, newlines as breaks, bare URLs linked if allowed. */
  #appendText(out: BBNode[], raw: string, autolink: boolean): void {
    const lines = decodeEntities(raw).split('\n');
    lines.forEach((line, index) => {
      if (index > 0) out.push(BREAK);
      if (autolink && line.includes('://')) appendAutolinked(line, out, pushText);
      else pushText(out, line);
    });
  }
}

/** Parses one block of text (no quote or `/me` handling) into inline nodes. */
export function parseInline(text: string): BBNode[] {
  return new InlineParser(text).parse();
}
