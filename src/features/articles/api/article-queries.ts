import { queryOptions } from '@tanstack/react-query';
import { apiUrl } from '../../../shared/api/api-base.ts';
import { fetchJson } from '../../../shared/api/fetch-json.ts';
import { addressOf, ReaderArticleSchema, type ArticleAddress } from '../model/article-schema.ts';

/** Articles rarely change after publication; a minute of freshness saves refetches on back. */
const ARTICLE_STALE_MS = 60_000;

/** A story from the API, checked as the reader accepts it. */
function fetchArticle(id: string, signal: AbortSignal) {
  return fetchJson(apiUrl(`articles/${encodeURIComponent(id)}.json`), ReaderArticleSchema, {
    signal,
  });
}

export const articleQueries = {
  all: () => ['articles'] as const,
  details: () => [...articleQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...articleQueries.details(), id] as const,
      queryFn: ({ signal }) => fetchArticle(id, signal),
      staleTime: ARTICLE_STALE_MS,
    }),
  addresses: () => [...articleQueries.all(), 'address'] as const,
  /**
   * A story's address (see ArticleAddress), for linking to it from another page: the language
   * switch to a translation. A prerendered page then carries a few bytes where the whole
   * translation would be a fifth of the page. Following the link loads the story from the same
   * file, which the service worker has kept (docs/decisions/019-translations-by-address.md).
   */
  address: (id: string) =>
    queryOptions({
      queryKey: [...articleQueries.addresses(), id] as const,
      queryFn: async ({ client, signal }): Promise<ArticleAddress> =>
        // A story already at hand (the reader came from it) costs no request.
        addressOf(
          client.getQueryData(articleQueries.detail(id).queryKey) ??
            (await fetchArticle(id, signal)),
        ),
      staleTime: ARTICLE_STALE_MS,
    }),
};

/** The story id of an address query's key (see articleQueries.address), or undefined. */
export function addressQueryOf(queryKey: readonly unknown[]): string | undefined {
  const [all, address, id] = queryKey;
  return queryKey.length === 3 &&
    all === articleQueries.all()[0] &&
    address === articleQueries.addresses()[1] &&
    typeof id === 'string'
    ? id
    : undefined;
}
