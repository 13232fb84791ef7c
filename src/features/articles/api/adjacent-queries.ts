import type { QueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import { prefetch } from '../../../shared/api/prefetch.ts';
import { articleQueries } from './article-queries.ts';
import { feedQueries } from './feed-queries.ts';

/** What every feed query holds, heads and archive pages alike: its stories in order. */
const FeedItemsSchema = v.object({ items: v.array(v.object({ id: v.string() })) });

/**
 * The stories either side of `id` in the feed the reader most likely came from: of the cached
 * feed pages that list it, the one loaded last. None if no cached feed lists it.
 */
export function adjacentStoryIds(queryClient: QueryClient, id: string): string[] {
  const feeds = queryClient
    .getQueryCache()
    .findAll({ queryKey: feedQueries.all() })
    .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt);
  for (const query of feeds) {
    const feed = v.safeParse(FeedItemsSchema, query.state.data);
    const items = feed.success ? feed.output.items : [];
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
