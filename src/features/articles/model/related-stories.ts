import type { Article } from './article-schema.ts';
import type { FeedItem } from './feed-schema.ts';

/** How many related stories a story lists at most. */
export const RELATED_LIMIT = 4;

interface Dated {
  item: FeedItem;
  time: number;
}

/**
 * Feed items' publication times, parsed once each: the build asks for the related stories of
 * every story, and stories of a rubric or a tag share the same feed page, item objects and all.
 */
const times = new WeakMap<FeedItem, number>();

function timeOf(item: FeedItem): number {
  let time = times.get(item);
  if (time === undefined) {
    time = Date.parse(item.publishedAt);
    times.set(item, time);
  }
  return time;
}

/** Whether a story comes before another: newer, or as new with the greater id (as feeds order). */
function comesBefore(time: number, id: string, other: Dated): boolean {
  return time > other.time || (time === other.time && id > other.item.id);
}

/**
 * The stories to suggest under `story`, from the feeds it shares a rubric or a tag with: each
 * once, never the story itself or one of its translations, newest first (ties by id, descending,
 * as the feeds order them), at most `limit`. The build runs this for every story it
 * prerenders: each item's date is parsed once, and the few kept are placed as they come rather
 * than sorting every item of the feeds.
 */
export function relatedStories(
  story: Pick<Article, 'id' | 'translations'>,
  feeds: readonly (readonly FeedItem[])[],
  limit = RELATED_LIMIT,
): FeedItem[] {
  // A limit that is not a whole number keeps what slicing to it would.
  const keep = Math.max(0, Math.trunc(limit) || 0);
  const seen = new Set([story.id, ...Object.values(story.translations)]);
  // The first `keep` so far, in order: the rest can never be shown, so they are not kept.
  const kept: Dated[] = [];
  for (const feed of feeds) {
    for (const item of feed) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      const time = timeOf(item);
      let at = kept.length;
      for (let before = kept[at - 1]; before && comesBefore(time, item.id, before);) {
        at--;
        before = kept[at - 1];
      }
      if (at >= keep) continue;
      kept.splice(at, 0, { item, time });
      if (kept.length > keep) kept.pop();
    }
  }
  return kept.map(({ item }) => item);
}
