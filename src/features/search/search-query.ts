import type { Lang } from '../../shared/i18n/languages.ts';
import { isLatin, transliterations } from './transliterate.ts';

/**
 * A query with "ё" written "е", as most Russian text is typed. The index matches either spelling
 * of the text already (Pagefind ignores diacritics); a search server is sent one (docs/search.md).
 */
export function foldForSearch(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/**
 * What to search for, in order, until one finds something: the query folded
 * (see foldForSearch); typed in Latin letters, its Cyrillic spellings first, then as typed (a
 * story may name "Google" or "COVID-19").
 */
export function queryVariants(query: string, lang: Lang): string[] {
  const folded = foldForSearch(query);
  if (folded === '') return [];
  if (!isLatin(folded)) return [folded];
  return [...transliterations(folded, lang).map(foldForSearch), folded];
}
