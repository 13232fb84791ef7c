import { queryOptions } from '@tanstack/react-query';
import { apiUrl } from '../../../shared/api/api-base.ts';
import { fetchJson } from '../../../shared/api/fetch-json.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import { FeedPageSchema } from '../model/feed-schema.ts';

const FEED_STALE_MS = 30_000;

export const feedQueries = {
  all: () => ['feeds'] as const,
  edition: (lang: Lang) => [...feedQueries.all(), lang] as const,
  latest: (lang: Lang, page: number) =>
    queryOptions({
      queryKey: [...feedQueries.edition(lang), 'latest', page] as const,
      queryFn: ({ signal }) =>
        fetchJson(apiUrl(`${lang}/latest/${page}.json`), FeedPageSchema, { signal }),
      staleTime: FEED_STALE_MS,
    }),
};
