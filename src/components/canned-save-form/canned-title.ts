import { bbcodeToPlainText } from '../../core/bbcode/index.js';

const MAX_WORDS = 6;
const MAX_LENGTH = 60;

/**
 * A title for a canned response made from its text: the first few words of
 * the plain text, "…" when cut. `Hello [b]Anna[/b], how can I help you today?`
 * → `Hello Anna, how can I help…`.
 */
export function cannedTitleFrom(text: string): string {
  const plain = bbcodeToPlainText(text);
  if (!plain) return '';
  const words = plain.split(' ');
  let title = words.slice(0, MAX_WORDS).join(' ');
  let cut = words.length > MAX_WORDS;
  if (title.length > MAX_LENGTH) {
    title = title.slice(0, MAX_LENGTH);
    cut = true;
  }
  return cut ? `${title.replace(/[\s,.;:!?…-]+$/u, '')}…` : title;
}
