import { queryOptions } from '@tanstack/react-query';
import { isApiError } from '../../../shared/api/api-error.ts';
import { apiUrl } from '../../../shared/api/api-base.ts';
import { fetchJson } from '../../../shared/api/fetch-json.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import type { Rubric } from '../../../shared/i18n/rubrics.ts';
import { FeedPageSchema, type FeedPage } from '../model/feed-schema.ts';

export const FEED_STALE_MS = 30_000;

/** The API's page size (docs/api.md), which the page of an empty feed states too. */
const FEED_PAGE_SIZE = 20;

export type OptionalFeedKind = 'rubrics' | 'tags';

/**
 * A page of a rubric's or a tag's feed, fetched outside the cache by related stories too. Such a
 * feed is published only once it has a story, so a missing first page means "no stories yet":
 * an empty page, like the API's own for an empty edition. A missing later page is past the end
 * and stays an error.
 */
export async function fetchOptionalFeed(
  lang: Lang,
  kind: OptionalFeedKind,
  key: string,
  page: number,
  signal: AbortSignal,
): Promise<FeedPage> {
  try {
    return await fetchJson(
      apiUrl(`${lang}/${kind}/${encodeURIComponent(key)}/${page}.json`),
      FeedPageSchema,
      { signal },
    );
  } catch (error) {
    if (page !== 1 || !isApiError(error) || error.kind !== 'not-found') throw error;
    return { lang, page: 1, pageCount: 1, pageSize: FEED_PAGE_SIZE, total: 0, items: [] };
  }
}

/** The query key of a page of a rubric's or a tag's feed. */
export function optionalFeedKey(lang: Lang, kind: OptionalFeedKind, key: string, page: number) {
  return [...feedQueries.edition(lang), kind, key, page] as const;
}

/** Rubric and tag feeds share one shape of options, so a list can hold both kinds. */
function optionalFeed(lang: Lang, kind: OptionalFeedKind, key: string, page: number) {
  return queryOptions({
    queryKey: optionalFeedKey(lang, kind, key, page),
    queryFn: ({ signal }) => fetchOptionalFeed(lang, kind, key, page, signal),
    staleTime: FEED_STALE_MS,
  });
}

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
  /** A rubric's stories in one edition; an empty page while the rubric has none. */
  rubric: (lang: Lang, rubric: Rubric, page: number) => optionalFeed(lang, 'rubrics', rubric, page),
  /** The stories with one tag in one edition, by the tag's key (see tagKey). */
  tag: (lang: Lang, tagKey: string, page: number) => optionalFeed(lang, 'tags', tagKey, page),
};
