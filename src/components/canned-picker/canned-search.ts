/**
 * Search and grouping of the canned responses database (A9), kept pure so
 * that it is tested without an element.
 */
import { bbcodeToPlainText } from '../../core/bbcode/index.js';
import { CANNED_SECTION_KEYS, type Translation } from '../../core/i18n/translation.js';
import type { CannedResponse } from '../../core/model.js';
import { foldText } from '../../core/text.js';

/** Folded "title text" of each response, computed once per response object. */
const haystacks = new WeakMap<CannedResponse, string>();

function haystackOf(response: CannedResponse): string {
  let haystack = haystacks.get(response);
  if (haystack === undefined) {
    haystack = foldText(`${response.title}\n${bbcodeToPlainText(response.text)}`);
    haystacks.set(response, haystack);
  }
  return haystack;
}

/** One line of plain text of a response, for the list (computed once per response object). */
const snippets = new WeakMap<CannedResponse, string>();

export function cannedSnippet(response: CannedResponse): string {
  let snippet = snippets.get(response);
  if (snippet === undefined) {
    snippet = bbcodeToPlainText(response.text);
    snippets.set(response, snippet);
  }
  return snippet;
}

/**
 * The responses whose title or text contains every word of the query,
 * ignoring case, accents and BBCode tags. A blank query keeps them all.
 */
export function searchCanned(responses: readonly CannedResponse[], query: string): CannedResponse[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...responses];
  return responses.filter((response) => {
    const haystack = haystackOf(response);
    return words.every((word) => haystack.includes(word));
  });
}

/** One section of the picker, its responses most used first. */
export interface CannedSection {
  /** The section name as stored (`''` for responses without one). */
  key: string;
  /** What the person reads: the translated name of a built-in section, else the name itself. */
  label: string;
  items: CannedResponse[];
}

const BUILT_IN = Object.keys(CANNED_SECTION_KEYS) as (keyof typeof CANNED_SECTION_KEYS)[];

/** The translated label of a section; unknown sections are shown as given. */
export function sectionLabel(t: Translation, section: string | undefined): string {
  const name = section?.trim() ?? '';
  if (!name) return t.cannedNoSection;
  const key = CANNED_SECTION_KEYS[name as keyof typeof CANNED_SECTION_KEYS];
  return key ? t[key] : name;
}

/**
 * Groups responses by section: built-in sections first (greeting, payment,
 * delivery, common), then the others by name, then those without a section.
 * Inside a section the most used come first, then by title.
 */
export function groupCanned(responses: readonly CannedResponse[], t: Translation, lang = t.$code): CannedSection[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const bySection = new Map<string, CannedResponse[]>();
  for (const response of responses) {
    const key = response.section?.trim() ?? '';
    let items = bySection.get(key);
    if (!items) bySection.set(key, (items = []));
    items.push(response);
  }
  const rank = (key: string) => {
    if (key === '') return BUILT_IN.length + 1;
    const builtIn = BUILT_IN.indexOf(key as (typeof BUILT_IN)[number]);
    return builtIn >= 0 ? builtIn : BUILT_IN.length;
  };
  return [...bySection.keys()]
    .sort((a, b) => rank(a) - rank(b) || collator.compare(a, b))
    .map((key) => ({
      key,
      label: sectionLabel(t, key),
      items: bySection
        .get(key)!
        .slice()
        .sort((a, b) => (b.usageCount ?? 0) - (a.usageCount ?? 0) || collator.compare(a.title, b.title)),
    }));
}

/** Every section name in use, built-in ones first (for the save form's choice). */
export function knownSections(responses: readonly CannedResponse[] | undefined): string[] {
  const custom = new Set<string>();
  for (const response of responses ?? []) {
    const name = response.section?.trim();
    if (name && !BUILT_IN.includes(name as (typeof BUILT_IN)[number])) custom.add(name);
  }
  return [...BUILT_IN, ...[...custom].sort()];
}
