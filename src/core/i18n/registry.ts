import { en } from './en.js';
import type { PartialTranslation, Translation } from './translation.js';

/**
 * The language registry: which translations exist, the host's overrides, and
 * how a requested language resolves to a complete `Translation`.
 *
 * Resolution of `fr-CA`: keys registered for `fr-CA` (a regional translation may
 * be partial), then `fr`, then the fallback `en`; at each level the host's
 * overrides for that exact code are applied on top. The result is complete,
 * cached per requested language, and rebuilt after any change.
 *
 * Only English is in the initial bundle. The other built-in languages load on
 * first request (a separate chunk each, with their date-fns locale): until it
 * arrives, a request resolves to English, then elements re-render. A host that
 * wants no English flash awaits `loadLanguage(lang)` first.
 */

/** The language every lookup ends at; always registered, never removed. */
export const FALLBACK_LANGUAGE = 'en';

/** Registered translations by lower-case code. */
const translations = new Map<string, PartialTranslation>([['en', en]]);

/** Something that fetches a translation, typically `() => import('./de.js').then((m) => m.de)`. */
export type TranslationLoader = () => Promise<PartialTranslation>;

/** Languages that load on first request, by lower-case code; the built-in ones first. */
const loaders = new Map<string, TranslationLoader>([
  ['fr', () => import('./fr.js').then((m) => m.fr)],
  ['de', () => import('./de.js').then((m) => m.de)],
  ['es', () => import('./es.js').then((m) => m.es)],
  ['pt-br', () => import('./pt-br.js').then((m) => m.ptBR)],
  ['ru', () => import('./ru.js').then((m) => m.ru)],
  ['ar', () => import('./ar.js').then((m) => m.ar)],
]);
/** Loads started, by lower-case code; settled loads stay so each code loads once. */
const loading = new Map<string, Promise<void>>();

/** Name and direction of the loadable languages, for pickers before they load. */
const LOADABLE_INFO: Record<string, { name: string; dir: 'ltr' | 'rtl'; code: string }> = {
  fr: { code: 'fr', name: 'Français', dir: 'ltr' },
  de: { code: 'de', name: 'Deutsch', dir: 'ltr' },
  es: { code: 'es', name: 'Español', dir: 'ltr' },
  'pt-br': { code: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr' },
  ru: { code: 'ru', name: 'Русский', dir: 'ltr' },
  ar: { code: 'ar', name: 'العربية', dir: 'rtl' },
};
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

/**
 * Removes a registered language. The fallback language cannot be removed. A
 * language that has a loader (the built-in ones) loads again on its next request.
 */
export function unregisterTranslation(code: string): void {
  const key = normalize(code);
  if (key === FALLBACK_LANGUAGE || !translations.delete(key)) return;
  loading.delete(key);
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
 * Makes a language loadable on first request (or replaces how it loads). A
 * loader for a code that is already registered is kept for after an
 * `unregisterTranslation`.
 */
export function registerTranslationLoader(code: string, loader: TranslationLoader): void {
  const key = normalize(code);
  loaders.set(key, loader);
  loading.delete(key);
}

/** Starts loading `code` unless it is registered, has no loader, or is already loading. */
function startLoading(code: string): Promise<void> | undefined {
  if (translations.has(code)) return undefined;
  const loader = loaders.get(code);
  if (!loader) return undefined;
  let promise = loading.get(code);
  if (!promise) {
    let fetched: Promise<PartialTranslation>;
    try {
      fetched = Promise.resolve(loader());
    } catch (error) {
      fetched = Promise.reject(error);
    }
    promise = fetched.then(
        (translation) => {
          // A host registration that arrived meanwhile wins over the built-in strings.
          const existing = translations.get(code);
          translations.set(code, { ...translation, ...existing } as PartialTranslation);
          changed();
        },
        (error: unknown) => {
          // Keep English; a later request may try again.
          loading.delete(code);
          console.warn(`[open-lines] could not load the "${code}" translation`, error);
        },
      );
    loading.set(code, promise);
  }
  return promise;
}

/**
 * Loads what a language needs (`fr-CA` → `fr`) and resolves with its complete
 * translation. Never rejects: a language that cannot load resolves to its
 * fallback. Await it before rendering to avoid a flash of English.
 */
export async function loadLanguage(lang?: string | null): Promise<Translation> {
  await Promise.all(candidates(lang || FALLBACK_LANGUAGE).map(startLoading));
  return getTranslation(lang);
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
  for (const level of candidates(requested)) void startLoading(level);

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

/** Registered and loadable languages, e.g. for a language picker. */
export function availableLanguages(): LanguageInfo[] {
  const result = new Map<string, LanguageInfo>();
  for (const [key, translation] of translations) {
    const full = getTranslation(translation.$code);
    result.set(key, { code: translation.$code, name: full.$name, dir: full.$dir });
  }
  for (const key of loaders.keys()) {
    if (result.has(key)) continue;
    const info = LOADABLE_INFO[key];
    // A host loader without a built-in name shows its code until it is loaded.
    result.set(key, info ? { ...info } : { code: key, name: key, dir: 'ltr' });
  }
  return [...result.values()];
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
