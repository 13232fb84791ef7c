import type { Lang } from '../../shared/i18n/languages.ts';
import { foldForSearch } from '../../shared/search/search-text.ts';
import { isLatin, transliterations } from './transliterate.ts';

/**
 * What to search for, in order, until one finds something: the query folded as the index is
 * (see foldForSearch); typed in Latin letters, its Cyrillic spellings first, then as typed (a
 * story may name "Google" or "COVID-19").
 */
export function queryVariants(query: string, lang: Lang): string[] {
  const folded = foldForSearch(query);
  if (folded === '') return [];
  if (!isLatin(folded)) return [folded];
  return [...transliterations(folded, lang).map(foldForSearch), folded];
}
