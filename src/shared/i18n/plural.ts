import type { Lang } from './languages.ts';

/** CLDR's plural categories, as Intl.PluralRules names them. */
export type PluralCategory = 'one' | 'few' | 'many' | 'other';

/**
 * The plural category of a count of things, by CLDR's rules for each language (as
 * Intl.PluralRules gives them, tested against Node's): written out, because browsers' Intl may
 * lack Kyrgyz. Russian: 1, 21, 31… "one"; 2–4, 22–24… "few"; the other whole numbers "many";
 * fractions "other". Kyrgyz: 1 "one", anything else "other".
 */
export function pluralCategory(lang: Lang, count: number): PluralCategory {
  if (lang === 'ky') return count === 1 ? 'one' : 'other';
  if (!Number.isInteger(count)) return 'other';
  const n = Math.abs(count);
  const units = n % 10;
  const tens = n % 100;
  if (units === 1 && tens !== 11) return 'one';
  if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) return 'few';
  return 'many';
}
