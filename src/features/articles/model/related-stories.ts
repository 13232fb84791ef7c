import type { Article } from './article-schema.ts';
import type { FeedItem } from './feed-schema.ts';

/** How many related stories a story lists at most. */
export const RELATED_LIMIT = 4;

interface Candidate {
  item: FeedItem;
  /** Its moment of publication, parsed once. */
  time: number;
}

/** Newest first; ties by id, descending, as the feeds order them. */
function isNewer(a: Candidate, b: Candidate): boolean {
  return a.time > b.time || (a.time === b.time && a.item.id > b.item.id);
}

/**
 * The stories to suggest under `story`, from the feeds it shares a rubric or a tag with: each
 * once, never the story itself or one of its translations, newest first, at most `limit`.
 * The build runs this for every story it prerenders: it keeps only the newest few as it goes,
 * each date parsed once, rather than sorting every candidate.
 */
export function relatedStories(
  story: Pick<Article, 'id' | 'translations'>,
  feeds: readonly (readonly FeedItem[])[],
  limit = RELATED_LIMIT,
): FeedItem[] {
  const max = Math.max(0, limit);
  const excluded = new Set([story.id, ...Object.values(story.translations)]);
  const seen = new Set<string>();
  const newest: Candidate[] = [];
  for (const feed of feeds) {
    for (const item of feed) {
      if (excluded.has(item.id) || seen.has(item.id)) continue;
      seen.add(item.id);
      const candidate = { item, time: Date.parse(item.publishedAt) };
      let at = newest.length;
      for (
        let before = newest[at - 1];
        before && isNewer(candidate, before);
        before = newest[at - 1]
      ) {
        at--;
      }
      if (at >= max) continue;
      newest.splice(at, 0, candidate);
      if (newest.length > max) newest.pop();
    }
  }
  return newest.map((candidate) => candidate.item);
}
