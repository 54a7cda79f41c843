/**
 * Cached `Intl` objects. Constructing an `Intl.NumberFormat` or
 * `Intl.PluralRules` is far more expensive than using one, and the same few
 * (language, options) pairs are asked for on every render, so each is built once.
 *
 * @internal Used by the translations and the formatters; not part of the public API.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** A cached `Intl.NumberFormat`; an invalid language tag falls back to `en`. */
export function getNumberFormat(code: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options ? `${code}|${JSON.stringify(options)}` : code;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(code, options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    numberFormats.set(key, format);
  }
  return format;
}

/** A cached `Intl.PluralRules`; an invalid language tag falls back to `en`. */
export function getPluralRules(code: string): Intl.PluralRules {
  let rules = pluralRules.get(code);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(code);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(code, rules);
  }
  return rules;
}

/**
 * Builds the two helpers a translation file needs for counted nouns: `num`
 * formats a count the way the language writes numbers ("1 200" in French),
 * `plural` picks the singular or plural form by the language's CLDR rules
 * (French: 0 and 1 are singular; English: only 1).
 */
export function countHelpers(code: string): {
  num: (n: number) => string;
  plural: (n: number, one: string, other: string) => string;
} {
  return {
    num: (n) => getNumberFormat(code).format(n),
    plural: (n, one, other) => (getPluralRules(code).select(n) === 'one' ? one : other),
  };
}
