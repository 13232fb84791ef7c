import type { Article } from './article-schema.ts';
import type { FeedItem } from './feed-schema.ts';

/** How many related stories a story lists at most. */
export const RELATED_LIMIT = 4;

/** Newest first; ties by id, descending, as the feeds order them. */
function newestFirst(a: FeedItem, b: FeedItem): number {
  return (
    Date.parse(b.publishedAt) - Date.parse(a.publishedAt) ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

/**
 * The stories to suggest under `story`, from the feeds it shares a rubric or a tag with: each
 * once, never the story itself or one of its translations, newest first, at most `limit`.
 */
export function relatedStories(
  story: Pick<Article, 'id' | 'translations'>,
  feeds: readonly (readonly FeedItem[])[],
  limit = RELATED_LIMIT,
): FeedItem[] {
  const excluded = new Set([story.id, ...Object.values(story.translations)]);
  const byId = new Map<string, FeedItem>();
  for (const item of feeds.flat()) {
    if (!excluded.has(item.id) && !byId.has(item.id)) byId.set(item.id, item);
  }
  return [...byId.values()].sort(newestFirst).slice(0, Math.max(0, limit));
}
