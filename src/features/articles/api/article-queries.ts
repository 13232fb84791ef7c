import { queryOptions } from '@tanstack/react-query';
import { apiUrl } from '../../../shared/api/api-base.ts';
import { fetchJson } from '../../../shared/api/fetch-json.ts';
import { ReaderArticleSchema } from '../model/article-schema.ts';

/** Articles rarely change after publication; a minute of freshness saves refetches on back. */
const ARTICLE_STALE_MS = 60_000;

export const articleQueries = {
  all: () => ['articles'] as const,
  details: () => [...articleQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...articleQueries.details(), id] as const,
      queryFn: ({ signal }) =>
        fetchJson(apiUrl(`articles/${encodeURIComponent(id)}.json`), ReaderArticleSchema, {
          signal,
        }),
      staleTime: ARTICLE_STALE_MS,
    }),
};
