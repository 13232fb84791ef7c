import { queryOptions } from '@tanstack/react-query';
import { isLang, type Lang } from '../../../shared/i18n/languages.ts';
import { tagKey } from '../../../shared/lib/tag-key.ts';
import type { Article } from '../model/article-schema.ts';
import type { FeedItem } from '../model/feed-schema.ts';
import { relatedStories } from '../model/related-stories.ts';
import {
  FEED_STALE_MS,
  feedQueries,
  fetchOptionalFeed,
  type OptionalFeedKind,
} from './feed-queries.ts';

/** Only a story's first tags are asked about: each costs a request, the first are the main ones. */
const RELATED_TAGS = 2;

type RelatedStory = Pick<Article, 'id' | 'translations' | 'rubric' | 'tags'>;

/**
 * The feeds a story's related stories come from, in the edition it is read in: the first page of
 * its rubric and of each of its first two tags.
 */
export function relatedFeeds(
  story: Pick<Article, 'rubric' | 'tags'>,
): { kind: OptionalFeedKind; key: string }[] {
  const feeds: { kind: OptionalFeedKind; key: string }[] = story.rubric
    ? [{ kind: 'rubrics', key: story.rubric }]
    : [];
  for (const key of new Set((story.tags ?? []).slice(0, RELATED_TAGS).map(tagKey))) {
    feeds.push({ kind: 'tags', key });
  }
  return feeds;
}

/**
 * The few stories suggested under a story. They are one query of their own, not the feeds they
 * come from: a prerendered story then carries the four items it shows rather than three whole
 * feed pages (sixty items) for the reader to download. A feed that fails or does not exist adds
 * nothing; only when every feed fails does the query fail (and the section stays away).
 */
const RELATED = 'related';

export const relatedQueries = {
  of: (lang: Lang, story: RelatedStory) =>
    queryOptions({
      queryKey: [...feedQueries.edition(lang), RELATED, story.id] as const,
      queryFn: async ({ signal }): Promise<FeedItem[]> => {
        let failure: Error | undefined;
        const pages = await Promise.all(
          relatedFeeds(story).map(({ kind, key }) =>
            fetchOptionalFeed(lang, kind, key, 1, signal).then(
              (page) => [page.items],
              (error: unknown) => {
                failure ??= error instanceof Error ? error : new Error(String(error));
                return [];
              },
            ),
          ),
        );
        const answered = pages.flat();
        // Only when every feed failed; the first failure tells the retry policy what it was.
        if (answered.length === 0 && failure) throw failure;
        return relatedStories(story, answered);
      },
      staleTime: FEED_STALE_MS,
    }),
};

/** The edition and story of a related-stories query key, or undefined for any other key. */
export function relatedQueryOf(
  queryKey: readonly unknown[],
): { lang: Lang; id: string } | undefined {
  const [feeds, lang, kind, id] = queryKey;
  if (queryKey.length !== 4 || feeds !== feedQueries.all()[0] || kind !== RELATED) return undefined;
  return isLang(lang) && typeof id === 'string' ? { lang, id } : undefined;
}
