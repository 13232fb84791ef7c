import { infiniteQueryOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { ApiError } from '../../shared/api/api-error.ts';
import type { Lang } from '../../shared/i18n/languages.ts';
import { pagefindEngine } from './pagefind-engine.ts';
import type { SearchEngine, SearchResults } from './search-engine.ts';
import type { SearchParams } from './search-params.ts';
import { queryVariants } from './search-query.ts';
import { searchServerEngine, SearchUrlSchema } from './search-server-engine.ts';

/** Results shown at once, and added by each "show more". */
export const SEARCH_PAGE_SIZE = 10;

/** The engine the build chose: a search server if VITE_SEARCH_URL names one, else the index. */
function engineOf(): SearchEngine {
  const url = v.parse(SearchUrlSchema, import.meta.env.VITE_SEARCH_URL);
  return url ? searchServerEngine(url) : pagefindEngine;
}

/** A search the reader cannot make: there is no connection to fetch the index with. */
export class SearchOfflineError extends Error {
  constructor() {
    super('search needs a connection');
    this.name = 'SearchOfflineError';
  }
}

export interface SearchPage extends SearchResults {
  /** The spelling of the query that found these (see queryVariants). */
  query: string;
  offset: number;
}

/**
 * The first of the query's spellings that finds anything, from `offset` on: a query typed in
 * Latin letters is searched in Cyrillic first. A later page searches only the spelling that
 * found the first.
 */
export async function searchPage(
  engine: SearchEngine,
  lang: Lang,
  { q, sort }: SearchParams,
  offset: number,
  spelling?: string,
): Promise<SearchPage> {
  if (typeof navigator !== 'undefined' && !navigator.onLine) throw new SearchOfflineError();
  const variants = spelling === undefined ? queryVariants(q, lang) : [spelling];
  let last: SearchPage = { query: q, offset, total: 0, hits: [] };
  for (const query of variants) {
    try {
      const results = await engine.search({ lang, query, sort, offset, limit: SEARCH_PAGE_SIZE });
      last = { ...results, query, offset };
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'network' && !navigator.onLine) {
        throw new SearchOfflineError();
      }
      throw error;
    }
    if (last.total > 0) break;
  }
  return last;
}

interface PageParam {
  offset: number;
  /** The spelling that found the first page (see searchPage). */
  spelling?: string;
}

const FIRST_PAGE: PageParam = { offset: 0 };

export const searchQueries = {
  all: () => ['search'] as const,
  results: (lang: Lang, params: SearchParams, engine: SearchEngine = engineOf()) =>
    infiniteQueryOptions({
      queryKey: [...searchQueries.all(), lang, params.sort, params.q] as const,
      queryFn: ({ pageParam }: { pageParam: PageParam }) =>
        searchPage(engine, lang, params, pageParam.offset, pageParam.spelling),
      initialPageParam: FIRST_PAGE,
      getNextPageParam: (last: SearchPage): PageParam | undefined => {
        const offset = last.offset + last.hits.length;
        return last.hits.length > 0 && offset < last.total
          ? { offset, spelling: last.query }
          : undefined;
      },
      // The index changes only with a new build: a search made is kept while the app runs.
      staleTime: Infinity,
      retry: false,
    }),
};
