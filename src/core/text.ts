/**
 * Accent- and case-insensitive text matching, shared by every search of the
 * library (lists, pickers, dialogs, the in-memory adapter).
 */

/** Outside ASCII: only such text can carry accents to remove. */
const NON_ASCII = /[^\0-\x7f]/;
const NON_ASCII_CHAR = /[^\0-\x7f]/gu;
/** Each character outside ASCII without its marks (decomposed, marks removed); a few hundred at most. */
const bases = new Map<string, string>();

function baseOf(char: string): string {
  let base = bases.get(char);
  if (base === undefined) {
    base = char.normalize('NFD').replace(/\p{M}/gu, '');
    if (bases.size < 4096) bases.set(char, base);
  }
  return base;
}

/** Lower-cases and removes accents, so that "Élodie" matches "elodie". */
export function foldText(text: string): string {
  // Decomposing and removing marks character by character gives the same
  // text as on the whole string (a mark never reaches across a character
  // outside ASCII), without decomposing ASCII text at all.
  return (NON_ASCII.test(text) ? text.replace(NON_ASCII_CHAR, baseOf) : text).toLocaleLowerCase();
}

/** Whether any of `fields` contains `query`, ignoring case and accents; a blank query matches. */
export function matchesQuery(query: string, ...fields: Array<string | undefined>): boolean {
  const needle = foldText(query.trim());
  if (!needle) return true;
  return fields.some((field) => field !== undefined && foldText(field).includes(needle));
}
