/**
 * Accent- and case-insensitive text matching, shared by every search of the
 * library (lists, pickers, dialogs, the in-memory adapter).
 */

/** Lower-cases and removes accents, so that "Élodie" matches "elodie". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Whether any of `fields` contains `query`, ignoring case and accents; a blank query matches. */
export function matchesQuery(query: string, ...fields: Array<string | undefined>): boolean {
  const needle = foldText(query.trim());
  if (!needle) return true;
  return fields.some((field) => field !== undefined && foldText(field).includes(needle));
}
