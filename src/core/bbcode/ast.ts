/**
 * The BBCode syntax tree produced by `parseBBCode` and consumed by
 * `renderBBCode` and `bbcodeToPlainText`.
 *
 * Every string in the tree is plain text (already decoded, never HTML). Link
 * nodes produced by the parser carry a normalised `http:`, `https:` or `mailto:`
 * URL; the renderer checks it again, so a hand-built tree cannot smuggle a
 * dangerous URL either.
 */
import type { Mention } from '../model.js';

/** Plain text. Never contains a line break (those are `break` nodes). */
export interface BBTextNode {
  type: 'text';
  text: string;
}

/** The four inline formatting tags: `[b]`, `[i]`, `[u]`, `[s]`. */
export type BBFormatType = 'bold' | 'italic' | 'underline' | 'strike';

/** Inline formatting around parsed content. */
export interface BBFormatNode {
  type: BBFormatType;
  children: BBNode[];
}

/** `[code]…[/code]`: literal content, nothing inside is parsed. */
export interface BBCodeNode {
  type: 'code';
  text: string;
  /** True when the source spanned several lines (rendered as a block). */
  block: boolean;
}

/** `[url]…[/url]`, `[url=…]…[/url]` or a bare `http(s)://` URL in text. */
export interface BBLinkNode {
  type: 'link';
  /** Normalised URL (`http:`, `https:` or `mailto:` only). */
  href: string;
  children: BBNode[];
  /** True for a bare URL found in text rather than a `[url]` tag. */
  auto?: boolean;
}

/** `[user=ID]Name[/user]` or `[chat=ID]Name[/chat]`; the name is plain text. */
export interface BBMentionNode extends Mention {
  type: 'mention';
}

/** A line break: `[br]` or a newline. */
export interface BBBreakNode {
  type: 'break';
}

/** Consecutive lines starting with `>>`; content is parsed for inline tags. */
export interface BBQuoteNode {
  type: 'quote';
  children: BBNode[];
}

/** A message starting with `/me `: an action line ("* Anna waves"). */
export interface BBMeNode {
  type: 'me';
  children: BBNode[];
}

/** Any node of the tree. Switch on `type`. */
export type BBNode =
  | BBTextNode
  | BBFormatNode
  | BBCodeNode
  | BBLinkNode
  | BBMentionNode
  | BBBreakNode
  | BBQuoteNode
  | BBMeNode;
