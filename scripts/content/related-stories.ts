import type { FeedItem } from '../../src/shared/contract/feed-schema.ts';
import { feedKey } from './feeds.ts';
import type { Story } from './load-sources.ts';

/**
 * "Читайте также": the stories suggested under a story, chosen at build time. They come from the
 * story's first two tags and its rubric, among the stories published just before and just after
 * it there: those sharing a tag first (a tag says more than a rubric), the closest in time first
 * within each. Only a story's neighbours count, so publishing, editing or deleting a story
 * changes the lists of a few stories around it, never of every story of a rubric (docs/api.md).
 */

/** How many related stories a story lists at most. */
export const RELATED_LIMIT = 4;
/** Neighbours on either side of a story, in each of its feeds, that may be suggested. */
const REACH = 2;
/** Only a story's first tags are followed: they are its main ones. */
const RELATED_TAGS = 2;

/** The feeds a story's related stories come from: its first two tags' and its rubric's. */
export function relatedFeedKeys({ item, tags }: Story): string[] {
  const { lang, rubric } = item;
  const keys = tags.slice(0, RELATED_TAGS).map((key) => feedKey({ lang, kind: 'tags', key }));
  if (rubric) keys.push(feedKey({ lang, kind: 'rubrics', key: rubric }));
  return keys;
}

/**
 * A feed's stories, newest first, with where each stands in it, so that a story's neighbours
 * are found without a search.
 */
export class IndexedFeed {
  private readonly index = new Map<string, number>();

  constructor(readonly items: readonly FeedItem[]) {
    items.forEach((item, position) => this.index.set(item.id, position));
  }

  neighbours(id: string, reach = REACH): FeedItem[] {
    const position = this.index.get(id);
    if (position === undefined) return [];
    return this.items.slice(Math.max(0, position - reach), position + reach + 1);
  }
}

interface Candidate {
  item: FeedItem;
  time: number;
  sharesTag: boolean;
}

/**
 * The stories to suggest under `story`: each once, never the story itself or one of its
 * translations; those that share a tag with it before the others, the closest in time first
 * (ties: the newer, then the greater id); at most `limit`, listed newest first.
 */
export function relatedStories(
  story: Story,
  feedOf: (key: string) => IndexedFeed | undefined,
  limit = RELATED_LIMIT,
): FeedItem[] {
  const excluded = new Set([story.item.id, ...Object.values(story.translations)]);
  const time = Date.parse(story.item.publishedAt);
  const candidates = new Map<string, Candidate>();
  for (const key of relatedFeedKeys(story)) {
    // Tags' feeds come first: a story found there as well as in the rubric shares a tag.
    const sharesTag = key.includes('/tags/');
    for (const item of feedOf(key)?.neighbours(story.item.id) ?? []) {
      if (excluded.has(item.id) || candidates.has(item.id)) continue;
      candidates.set(item.id, { item, time: Date.parse(item.publishedAt), sharesTag });
    }
  }
  const newer = (a: Candidate, b: Candidate) =>
    b.time - a.time || (a.item.id < b.item.id ? 1 : a.item.id > b.item.id ? -1 : 0);
  const closer = (a: Candidate, b: Candidate) =>
    Number(b.sharesTag) - Number(a.sharesTag) ||
    Math.abs(a.time - time) - Math.abs(b.time - time) ||
    newer(a, b);
  return [...candidates.values()]
    .sort(closer)
    .slice(0, Math.max(0, limit))
    .sort(newer)
    .map(({ item }) => item);
}
