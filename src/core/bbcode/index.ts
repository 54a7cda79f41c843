/**
 * Safe BBCode for Open Channels messages (the subset Bitrix24 uses:
 * `[b] [i] [u] [s] [url] [code] [user=ID] [chat=ID] [br]`, `>>` quote lines and
 * `/me` action lines).
 *
 * Message text is untrusted. It is parsed into a tree (`parseBBCode`) and
 * rendered with Lit bindings only (`renderBBCode`): text always ends up as text
 * nodes, links only ever point to `http:`, `https:` or `mailto:` URLs, and
 * whatever the parser does not understand is shown literally.
 *
 * @example
 * ```ts
 * html`<p class="text">${renderBBCode(message.text, { highlight: query, meName: author.name })}</p>`;
 * bbcodeToPlainText(chat.lastMessage.text); // "Hello @Anna « see above »"
 * composer.value += mentionToBBCode({ kind: 'user', id: '12', name: 'Anna' });
 * ```
 */
export type {
  BBBreakNode,
  BBCodeNode,
  BBFormatNode,
  BBFormatType,
  BBLinkNode,
  BBMeNode,
  BBMentionNode,
  BBNode,
  BBQuoteNode,
  BBTextNode,
} from './ast.js';
export { parseBBCode } from './parse.js';
export { renderBBCode } from './render.js';
export type { RenderBBCodeOptions } from './render.js';
export { bbcodeToPlainText } from './plain-text.js';
export type { PlainTextOptions } from './plain-text.js';
export { escapeBBCode, mentionToBBCode } from './compose.js';
export { safeHref } from './url.js';
export { MAX_DEPTH as BBCODE_MAX_DEPTH } from './syntax.js';
