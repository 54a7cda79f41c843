/**
 * `renderBBCode`: tree → Lit template. Every string reaches the DOM as a text
 * node or an attribute value through Lit bindings, which escape it; no markup
 * is ever built from strings.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Mention } from '../model.js';
import type { BBMentionNode, BBNode } from './ast.js';
import { parseBBCode } from './parse.js';
import { safeHref } from './url.js';

/** Options of `renderBBCode`. */
export interface RenderBBCodeOptions {
  /** Marks case-insensitive matches of this query with `<mark part="highlight">`. */
  highlight?: string;
  /** Author name shown in a `/me` action line ("* Anna waves"). */
  meName?: string;
  /**
   * Called when a mention is activated (click, Enter or Space). When given,
   * mentions get `role="button"` and `tabindex="0"`.
   */
  onMention?: (mention: Mention, event: Event) => void;
}

/** What the node renderers share. */
interface RenderContext {
  highlight: RegExp | null;
  meName: string;
  onMention: RenderBBCodeOptions['onMention'];
}

/** Rendered content: strings become text nodes, templates become elements. */
type Content = string | TemplateResult | Content[];

/**
 * Renders BBCode (text or an already parsed tree) as a Lit template.
 * Links open in a new tab with `rel="noopener noreferrer nofollow ugc"` and are
 * only created for `http:`, `https:` and `mailto:` URLs; anything else is text.
 */
export function renderBBCode(input: string | readonly BBNode[], options: RenderBBCodeOptions = {}): TemplateResult {
  const nodes = typeof input === 'string' ? parseBBCode(input) : input;
  const context: RenderContext = {
    highlight: highlightPattern(options.highlight),
    meName: options.meName?.trim() ?? '',
    onMention: options.onMention,
  };
  return html`${renderNodes(nodes, context)}`;
}

function renderNodes(nodes: readonly BBNode[], context: RenderContext): Content[] {
  return nodes.map((node) => renderNode(node, context));
}

function renderNode(node: BBNode, context: RenderContext): Content {
  switch (node.type) {
    case 'text':
      return renderText(node.text, context);
    case 'bold':
      return html`<strong>${renderNodes(node.children, context)}</strong>`;
    case 'italic':
      return html`<em>${renderNodes(node.children, context)}</em>`;
    case 'underline':
      return html`<u>${renderNodes(node.children, context)}</u>`;
    case 'strike':
      return html`<s>${renderNodes(node.children, context)}</s>`;
    case 'code':
      return node.block
        ? html`<pre part="code-block"><code>${renderText(node.text, context)}</code></pre>`
        : html`<code part="code">${renderText(node.text, context)}</code>`;
    case 'link':
      return renderLink(node.href, renderNodes(node.children, context));
    case 'mention':
      return renderMention(node, context);
    case 'break':
      return html`<br />`;
    case 'quote':
      return html`<blockquote part="quote">${renderNodes(node.children, context)}</blockquote>`;
    case 'me':
      return html`<em class="me" part="me">* ${context.meName ? [renderText(context.meName, context), ' '] : ''}${renderNodes(node.children, context)}</em>`;
    default:
      return '';
  }
}

/** The href is checked again here, so a hand-built tree is just as safe. */
function renderLink(href: string, content: Content[]): Content {
  const safe = safeHref(href);
  if (!safe) return content;
  return html`<a href=${safe} target="_blank" rel="noopener noreferrer nofollow ugc" part="link">${content}</a>`;
}

function renderMention(node: BBMentionNode, context: RenderContext): Content {
  const mention: Mention = { kind: node.kind, id: node.id, name: node.name };
  const label = renderText(`@${node.name || node.id}`, context);
  const handler = context.onMention;
  if (!handler) {
    return html`<bdi class="mention" part="mention" data-kind=${node.kind} data-id=${node.id}>${label}</bdi>`;
  }
  const onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    handler(mention, event);
  };
  return html`<bdi
    class="mention"
    part="mention"
    data-kind=${node.kind}
    data-id=${node.id}
    role="button"
    tabindex="0"
    @click=${(event: Event) => handler(mention, event)}
    @keydown=${onKeydown}
    >${label}</bdi
  >`;
}

/** Text, with highlight matches wrapped in `<mark>`. */
function renderText(text: string, context: RenderContext): Content {
  const pattern = context.highlight;
  if (!pattern || !text) return text;
  const parts: Content[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(html`<mark part="highlight">${match[0]}</mark>`);
    last = match.index + match[0].length;
  }
  if (last === 0) return text;
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** A case-insensitive literal pattern for the query, or null when blank. */
function highlightPattern(query: string | undefined): RegExp | null {
  const needle = query?.trim();
  if (!needle) return null;
  return new RegExp(needle.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), 'giu');
}
