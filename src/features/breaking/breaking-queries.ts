import { queryOptions } from '@tanstack/react-query';
import { apiUrl } from '../../shared/api/api-base.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { fetchJson } from '../../shared/api/fetch-json.ts';
import { LIVE_REFRESH } from '../../shared/api/live-refresh.ts';
import { breakingFile } from '../../shared/contract/api-files.ts';
import { BreakingNewsSchema, type BreakingNews } from '../../shared/contract/feed-schema.ts';
import type { Lang } from '../../shared/i18n/languages.ts';

/**
 * An edition's breaking news still within its hours at the time it was asked for: the file lists
 * a story until its `until` passes (docs/api.md), and the reader asks again every two minutes.
 * A missing file is no breaking news.
 */
export async function fetchBreakingNews(
  lang: Lang,
  signal?: AbortSignal,
  now: () => number = Date.now,
): Promise<BreakingNews> {
  let news: BreakingNews;
  try {
    news = await fetchJson(apiUrl(breakingFile(lang)), BreakingNewsSchema, { signal });
  } catch (error) {
    if (isApiError(error) && error.kind === 'not-found') return { lang, items: [] };
    throw error;
  }
  const time = now();
  return { ...news, items: news.items.filter((item) => Date.parse(item.until) > time) };
}

export const breakingQueries = {
  all: () => ['breaking'] as const,
  /** The banner's news: kept up with as an open feed is (LIVE_REFRESH). */
  edition: (lang: Lang) =>
    queryOptions({
      queryKey: ['breaking', lang],
      queryFn: ({ signal }) => fetchBreakingNews(lang, signal),
      staleTime: 60_000,
      // Nothing to show is better than a message about a banner.
      retry: false,
      ...LIVE_REFRESH,
    }),
};
