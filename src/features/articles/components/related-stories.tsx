import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { articlePath } from '../../../shared/lib/paths.ts';
import { relatedQueries } from '../api/related-queries.ts';
import type { Article } from '../model/article-schema.ts';
import { ArticleLink } from './article-link.tsx';

/**
 * "Читайте также": the newest stories of the same rubric or sharing a tag, in the edition's
 * language. A suggestion, never a reason to fail or hold up the story: while the feeds load,
 * if they fail or if they hold nothing else, there is no section at all.
 */
export function RelatedStories({ story }: { story: Article }) {
  const { lang: uiLang, t, formatDate } = useEdition();
  const headingId = useId();
  const { data: items = [] } = useQuery(relatedQueries.of(uiLang, story));
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
                {item.title}
              </ArticleLink>
              <p className="related__meta">
                <time dateTime={item.publishedAt} lang={foreign ? uiLang : undefined}>
                  {formatDate(item.publishedAt)}
                </time>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
