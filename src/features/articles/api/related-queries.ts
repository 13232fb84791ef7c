import type { Lang } from '../../../shared/i18n/languages.ts';
import { tagKey } from '../../../shared/lib/tag-key.ts';
import type { Article } from '../model/article-schema.ts';
import { feedQueries } from './feed-queries.ts';

/** Only a story's first tags are asked about: each costs a request, the first are the main ones. */
const RELATED_TAGS = 2;

/**
 * The feeds a story's related stories come from, in the edition it is read in: the first page of
 * its rubric and of each of its first two tags. The article loader starts them; the related
 * stories read them.
 */
export function relatedFeedQueries(lang: Lang, story: Pick<Article, 'rubric' | 'tags'>) {
  const keys = new Set((story.tags ?? []).slice(0, RELATED_TAGS).map(tagKey));
  return [
    ...(story.rubric === undefined ? [] : [feedQueries.rubric(lang, story.rubric, 1)]),
    ...[...keys].map((key) => feedQueries.tag(lang, key, 1)),
  ];
}
