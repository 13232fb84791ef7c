import * as v from 'valibot';
import { fetchJson } from '../../shared/api/fetch-json.ts';
import { hitOf, type SearchEngine, type SearchHit } from './search-engine.ts';

/**
 * Results from a search server (Meilisearch, Typesense, Elasticsearch…) behind a path of the
 * site, for a newsroom whose static index no longer suffices: docs/search.md gives the request
 * and the answer it must give.
 */

const AnswerSchema = v.object({
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  hits: v.array(v.unknown()),
});

export function searchServerEngine(base: string): SearchEngine {
  return {
    async search({ lang, query, sort, offset, limit }) {
      const params = new URLSearchParams({
        lang,
        q: query,
        sort,
        offset: String(offset),
        limit: String(limit),
      });
      const answer = await fetchJson(`${base}?${params.toString()}`, AnswerSchema);
      return {
        total: answer.total,
        // A hit that is not one (no address, an address elsewhere) is left out, not shown.
        hits: answer.hits.map(hitOf).filter((hit): hit is SearchHit => hit !== undefined),
      };
    },
  };
}

/**
 * Where the search server answers, if the build was given one (VITE_SEARCH_URL): a path of this
 * site, so the strict policy's `connect-src 'self'` covers it (proxy the server there).
 */
export const SearchUrlSchema = v.optional(
  v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (url) => url === '' || /^\/(?!\/)[^\s?#\\]*$/.test(url),
      'must be a path such as /search-api',
    ),
  ),
);
