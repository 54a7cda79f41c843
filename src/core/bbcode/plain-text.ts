/**
 * `bbcodeToPlainText`: one-line previews for chat lists and notifications.
 */
import type { BBNode } from './ast.js';
import { parseBBCode } from './parse.js';

/** Options of `bbcodeToPlainText`. */
export interface PlainTextOptions {
  /** Author name used for a `/me` action line ("* Anna waves"). */
  meName?: string;
}

/**
 * Converts BBCode (text or an already parsed tree) to one line of plain text:
 * tags removed, mentions as `@Name`, quotes as `« … »`, `/me` as `* Name …`,
 * line breaks and runs of whitespace collapsed to single spaces.
 */
export function bbcodeToPlainText(input: string | readonly BBNode[], options: PlainTextOptions = {}): string {
  const nodes = typeof input === 'string' ? parseBBCode(input) : input;
  const parts: string[] = [];
  collect(nodes, parts, options.meName?.trim() ?? '');
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function collect(nodes: readonly BBNode[], parts: string[], meName: string): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'code':
        parts.push(node.text);
        break;
      case 'mention':
        parts.push(`@${node.name || node.id}`);
        break;
      case 'break':
        parts.push(' ');
        break;
      case 'quote':
        parts.push(' « ');
        collect(node.children, parts, meName);
        parts.push(' » ');
        break;
      case 'me':
        parts.push(meName ? `* ${meName} ` : '* ');
        collect(node.children, parts, meName);
        break;
      default:
        collect(node.children, parts, meName);
    }
  }
}
