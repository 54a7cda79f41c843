import { en } from './en.js';
import { fr } from './fr.js';
import type { PartialTranslation, Translation } from './translation.js';

/**
 * The language registry: which translations exist, the host's overrides, and
 * how a requested language resolves to a complete `Translation`.
 *
 * Resolution of `fr-CA`: keys registered for `fr-CA` (a regional translation may
 * be partial), then `fr`, then the fallback `en`; at each level the host's
 * overrides for that exact code are applied on top. The result is complete,
 * cached per requested language, and rebuilt after any change.
 */

/** The language every lookup ends at; always registered, never removed. */
export const FALLBACK_LANGUAGE = 'en';

/** Registered translations by lower-case code. en and fr are built in. */
const translations = new Map<string, PartialTranslation>([
  ['en', en],
  ['fr', fr],
]);
/** Host overrides by lower-case code; they may exist for unregistered codes. */
const overrides = new Map<string, Partial<Translation>>();
/** Resolved translations by normalized requested language. */
const resolved = new Map<string, Translation>();
const listeners = new Set<() => void>();
let version = 0;

/** `fr_CA`, ` FR-ca ` → `fr-ca`. */
function normalize(lang: string): string {
  return lang.trim().replace(/_/g, '-').toLowerCase();
}

/** `zh-hant-tw` → [`zh-hant-tw`, `zh-hant`, `zh`]. */
function candidates(lang: string): string[] {
  const parts = normalize(lang).split('-').filter(Boolean);
  const result: string[] = [];
  for (let i = parts.length; i > 0; i--) result.push(parts.slice(0, i).join('-'));
  return result;
}

/** Copy of `partial` without `undefined` entries, so they cannot erase a string. */
function defined<T extends object>(partial: T): Partial<T> {
  const result: Partial<T> = {};
  for (const [key, value] of Object.entries(partial)) {
    if (value !== undefined) (result as Record<string, unknown>)[key] = value;
  }
  return result;
}

function changed(): void {
  version++;
  resolved.clear();
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      // One faulty listener must not keep the others stale.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/**
 * Adds or replaces translations. A translation for a regional code (`fr-CA`)
 * may be partial: missing keys come from `fr`, then `en`. Elements on the page
 * re-render.
 */
export function registerTranslation(...list: PartialTranslation[]): void {
  for (const translation of list) {
    if (!translation?.$code) throw new TypeError('registerTranslation: a translation needs a $code');
    const code = normalize(translation.$code);
    const existing = translations.get(code);
    // Re-registering a code keeps the keys not given again, so a partial update cannot blank a language.
    translations.set(code, { ...existing, ...defined(translation) } as PartialTranslation);
  }
  changed();
}

/** Removes a registered language. The fallback language cannot be removed. */
export function unregisterTranslation(code: string): void {
  const key = normalize(code);
  if (key === FALLBACK_LANGUAGE || !translations.delete(key)) return;
  changed();
}

/**
 * Overrides strings of one language (merged with earlier overrides of that
 * code). Works for any code, registered or not: overrides for `de` apply to
 * `de` and `de-AT` requests, on top of whatever they resolve to. Overrides for
 * `fr` also apply to `fr-CA`. Elements on the page re-render.
 */
export function overrideStrings(code: string, partial: Partial<Translation>): void {
  const key = normalize(code);
  overrides.set(key, { ...overrides.get(key), ...defined(partial) });
  changed();
}

/** Removes the host's overrides of one language, or of every language. */
export function clearOverrides(code?: string): void {
  if (code === undefined) overrides.clear();
  else overrides.delete(normalize(code));
  changed();
}

/**
 * The complete translation for a requested language (`fr-CA` → `fr` → `en`),
 * overrides included. Cached: the same object is returned until the registry
 * changes, so it can be called in `render()`.
 */
export function getTranslation(lang?: string | null): Translation {
  const requested = normalize(lang || FALLBACK_LANGUAGE);
  let translation = resolved.get(requested);
  if (translation) return translation;

  // From the most general (fallback) to the most specific level.
  const levels = [...new Set([FALLBACK_LANGUAGE, ...candidates(requested).reverse()])];
  const merged: Partial<Translation> = {};
  for (const level of levels) {
    Object.assign(merged, translations.get(level), overrides.get(level));
  }
  // `$code` names the most specific registered translation, so that numbers and
  // dates match the text (an unknown `de` request keeps English formatting).
  const code = levels.filter((level) => translations.has(level)).at(-1) ?? FALLBACK_LANGUAGE;
  merged.$code = translations.get(code)?.$code ?? code;
  translation = Object.freeze(merged as Translation);
  resolved.set(requested, translation);
  return translation;
}

/** The registered language the request resolves to, e.g. `fr-CA` → `fr`, `xx` → `en`. */
export function resolveLanguage(lang?: string | null): string {
  return getTranslation(lang).$code;
}

export interface LanguageInfo {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

/** Registered languages, e.g. for a language picker. */
export function availableLanguages(): LanguageInfo[] {
  return [...translations.values()].map((translation) => {
    const full = getTranslation(translation.$code);
    return { code: translation.$code, name: full.$name, dir: full.$dir };
  });
}

/**
 * Calls `listener` after every registration or override. Returns the function
 * that stops it.
 */
export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Increases on every change; part of cache keys. */
export function translationsVersion(): number {
  return version;
}

/** @internal For tests: how many change listeners are subscribed. */
export function translationListenerCount(): number {
  return listeners.size;
}
