import { queryOptions, type QueryClient } from '@tanstack/react-query';
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
   * translation would be a fifth of the page (docs/decisions/019-translations-by-address.md).
   */
  address: (id: string) =>
    queryOptions({
      queryKey: [...articleQueries.addresses(), id] as const,
      queryFn: async ({ signal }): Promise<ArticleAddress> =>
        addressOf(await fetchArticle(id, signal)),
      staleTime: ARTICLE_STALE_MS,
    }),
};

/**
 * The address query, answered at once from the story when the cache holds it (the reader came
 * from it): no request, and the link is right from the first render.
 */
export function addressQuery(queryClient: QueryClient, id: string) {
  const story = articleQueries.detail(id).queryKey;
  return queryOptions({
    ...articleQueries.address(id),
    initialData: () => {
      const cached = queryClient.getQueryData(story);
      return cached && addressOf(cached);
    },
    initialDataUpdatedAt: () => queryClient.getQueryState(story)?.dataUpdatedAt,
  });
}

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
