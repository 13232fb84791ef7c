import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { LIVE_REFRESH } from '../../../shared/api/live-refresh.ts';
import { addressOf } from '../../../shared/contract/article-schema.ts';
import { addressKind, articleKind, kindQuery, relatedKind } from './query-kinds.ts';

/** Articles rarely change after publication; a minute of freshness saves refetches on back. */
const ARTICLE_STALE_MS = 60_000;

export const articleQueries = {
  all: () => ['articles'] as const,
  detail: (id: string) => kindQuery(articleKind, id, ARTICLE_STALE_MS),
  /** The story the reader has open: asked again as a feed is, for a newer version. */
  open: (id: string) =>
    queryOptions({ ...kindQuery(articleKind, id, ARTICLE_STALE_MS), ...LIVE_REFRESH }),
  /** A story's address (see addressKind), for linking to it from another page. */
  address: (id: string) => kindQuery(addressKind, id, ARTICLE_STALE_MS),
  /** The stories suggested under a story, chosen by the build. */
  related: (id: string) => kindQuery(relatedKind, id, ARTICLE_STALE_MS),
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
