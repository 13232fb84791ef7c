import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Article } from '../../../shared/contract/article-schema.ts';
import type { FeedItem } from '../../../shared/contract/feed-schema.ts';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { articlePath } from '../../../shared/lib/paths.ts';
import { articleQueries } from '../api/article-queries.ts';
import { feedQueries } from '../api/feed-queries.ts';
import { ArticleLink } from './article-link.tsx';
import { typeset } from '../../../shared/lib/typeset.tsx';

/** How many stories the section lists at most (the build's lists hold as many). */
const RELATED_LIMIT = 4;

type RelatedTo = Pick<Article, 'id' | 'lang' | 'rubric' | 'translations'>;

function RelatedList({ items }: { items: readonly FeedItem[] }) {
  const { lang: uiLang, t, formatDate } = useEdition();
  const headingId = useId();
  if (items.length === 0) return null;
  return (
    <section className="related" aria-labelledby={headingId}>
      <h2 id={headingId} className="related__heading">
        {t.relatedHeading}
      </h2>
      <ul className="related__list">
        {items.map((item) => {
          const foreign = item.lang !== uiLang;
          return (
            <li key={item.id} className="related__item" lang={foreign ? item.lang : undefined}>
              <ArticleLink id={item.id} className="related__title" to={articlePath(uiLang, item)}>
                {typeset(item.title)}
              </ArticleLink>
              <p className="related__meta">
                <time dateTime={item.publishedAt} lang={foreign ? uiLang : undefined}>
                  {typeset(formatDate(item.publishedAt))}
                </time>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The story's own list, chosen by the build among stories around it (docs/api.md). */
function OwnRelated({ story }: { story: RelatedTo }) {
  const { data } = useQuery(articleQueries.related(story.id));
  return <RelatedList items={data?.items ?? []} />;
}

/**
 * A story shown in the other edition (it has no translation there) suggests that edition's
 * newest stories of its rubric, in the reader's language.
 */
function EditionRelated({
  story,
  rubric,
}: {
  story: RelatedTo;
  rubric: NonNullable<Article['rubric']>;
}) {
  const { lang } = useEdition();
  const { data } = useQuery(feedQueries.head({ lang, kind: 'rubrics', key: rubric }));
  const excluded = new Set([story.id, ...Object.values(story.translations)]);
  const items = (data?.items ?? []).filter((item) => !excluded.has(item.id));
  return <RelatedList items={items.slice(0, RELATED_LIMIT)} />;
}

/**
 * "Читайте также": stories sharing a tag or the rubric, published around the same time. A
 * suggestion, never a reason to fail or hold up the story: while they load, if they fail or if
 * there are none, there is no section at all.
 */
export function RelatedStories({ story }: { story: RelatedTo }) {
  const { lang } = useEdition();
  if (story.lang === lang) return <OwnRelated story={story} />;
  return story.rubric ? <EditionRelated story={story} rubric={story.rubric} /> : null;
}
