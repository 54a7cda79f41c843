/**
 * Text helpers for the in-memory searches: case- and accent-insensitive
 * matching over BBCode text.
 */
import { foldText } from '../../core/text.js';

const BBCODE_TAG = /\[\/?[a-z]+(?:=[^\]]*)?\]/gi;

/** Removes BBCode tags, keeping their content: `[b]Hi[/b]` → `Hi`. */
export function stripBbcode(text: string): string {
  return text.replace(BBCODE_TAG, '');
}

/**
 * Whether `haystack` contains `query`, ignoring case and accents. An empty
 * or blank query matches everything.
 */
export function matchesText(haystack: string | undefined, query: string | undefined): boolean {
  const needle = foldText(query?.trim() ?? '');
  if (!needle) return true;
  return haystack !== undefined && foldText(haystack).includes(needle);
}

/** Whether a BBCode message text contains the query (tags are ignored). */
export function messageMatches(text: string, query: string | undefined): boolean {
  return matchesText(stripBbcode(text), query);
}
