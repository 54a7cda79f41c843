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

/**
 * The forms of a counted word by CLDR plural category. `other` is required: it
 * is the form of every category not given (and of fractions in most languages).
 */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * Builds a plural chooser for a language with more than two forms (Russian:
 * one/few/many; Arabic: zero/one/two/few/many/other), using the cached
 * `Intl.PluralRules` of `code`. A category missing from `forms` gives `other`.
 *
 * @example
 * const select = pluralSelect('ru');
 * select(21, { one: 'чат', few: 'чата', many: 'чатов', other: 'чата' }); // 'чат'
 */
export function pluralSelect(code: string): (n: number, forms: PluralForms) => string {
  return (n, forms) => forms[getPluralRules(code).select(n)] ?? forms.other;
}
