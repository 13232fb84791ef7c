import type { Lang } from './languages.ts';

/** CLDR's plural categories, as far as the editions' languages use them for whole numbers. */
export type PluralCategory = 'one' | 'few' | 'many';

/**
 * The plural category of a whole number in a language, by CLDR's rules, as
 * `Intl.PluralRules(lang).select(count)` gives it in Node (plural.test.ts checks): written out
 * because Chromium carries no Kyrgyz data. Kyrgyz has `one` and `other`, and its noun takes no
 * plural after a numeral, so its strings need no more than `one`.
 */
export function pluralOf(lang: Lang, count: number): PluralCategory {
  const n = Math.abs(Math.trunc(count));
  if (lang === 'ky') return n === 1 ? 'one' : 'many';
  const last = n % 10;
  const lastTwo = n % 100;
  if (last === 1 && lastTwo !== 11) return 'one';
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return 'few';
  return 'many';
}

/** One string a plural category: `forms[pluralOf(lang, count)]`. */
export function plural(lang: Lang, count: number, forms: Record<PluralCategory, string>): string {
  return forms[pluralOf(lang, count)];
}
