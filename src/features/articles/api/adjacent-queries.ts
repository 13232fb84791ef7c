import type { QueryClient } from '@tanstack/react-query';
import type { FeedPage } from '../model/feed-schema.ts';
import { articleQueries } from './article-queries.ts';
import { feedQueries } from './feed-queries.ts';
import { prefetch } from '../../../shared/api/prefetch.ts';

/**
 * The stories either side of `id` in the feed page the reader most likely came from: of the
 * cached feed pages that list it, the one loaded last. None if no cached feed lists it.
 */
export function adjacentStoryIds(queryClient: QueryClient, id: string): string[] {
  const feeds = queryClient
    .getQueryCache()
    .findAll({ queryKey: feedQueries.all() })
    .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt);
  for (const query of feeds) {
    const items = queryClient.getQueryData<FeedPage>(query.queryKey)?.items ?? [];
    const index = items.findIndex((item) => item.id === id);
    if (index === -1) continue;
    return [items[index - 1], items[index + 1]].flatMap((item) => (item ? [item.id] : []));
  }
  return [];
}

/** Fetches the previous and next stories of the reader's feed ahead, so "swiping on" is instant. */
export function prefetchAdjacentStories(queryClient: QueryClient, id: string): void {
  for (const adjacent of adjacentStoryIds(queryClient, id)) {
    prefetch(queryClient, articleQueries.detail(adjacent));
  }
}
