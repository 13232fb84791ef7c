import type { Article } from './article-schema.ts';
import type { FeedItem } from './feed-schema.ts';

/** How many related stories a story lists at most. */
export const RELATED_LIMIT = 4;

/**
 * The stories to suggest under `story`, from the feeds it shares a rubric or a tag with: each
 * once, never the story itself or one of its translations, newest first (ties by id, descending,
 * as the feeds order them), at most `limit`. The build runs this for every story it
 * prerenders: each date is parsed once, not in every comparison of the sort.
 */
export function relatedStories(
  story: Pick<Article, 'id' | 'translations'>,
  feeds: readonly (readonly FeedItem[])[],
  limit = RELATED_LIMIT,
): FeedItem[] {
  const excluded = new Set([story.id, ...Object.values(story.translations)]);
  const byId = new Map<string, { item: FeedItem; time: number }>();
  for (const item of feeds.flat()) {
    if (!excluded.has(item.id) && !byId.has(item.id)) {
      byId.set(item.id, { item, time: Date.parse(item.publishedAt) });
    }
  }
  return [...byId.values()]
    .sort((a, b) => b.time - a.time || (a.item.id < b.item.id ? 1 : -1))
    .slice(0, Math.max(0, limit))
    .map(({ item }) => item);
}
