import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { WithQueries } from '../../../shared/api/with-queries.tsx';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { articlePath } from '../../../shared/lib/paths.ts';
import { relatedFeedQueries } from '../api/related-queries.ts';
import type { Article } from '../model/article-schema.ts';
import type { FeedItem, FeedPage } from '../model/feed-schema.ts';
import { relatedStories } from '../model/related-stories.ts';
import { ArticleLink } from './article-link.tsx';

/**
 * The feeds' stories once every feed has answered, so the list appears once rather than
 * reshuffling as each arrives; a feed that failed or does not exist adds nothing.
 */
function settledFeeds(results: readonly UseQueryResult<FeedPage>[]): FeedItem[][] | undefined {
  if (results.some((result) => result.isPending)) return undefined;
  return results.map((result) => result.data?.items ?? []);
}

function RelatedList({ story, feeds }: { story: Article; feeds: readonly FeedItem[][] }) {
  const { lang: uiLang, t, formatDate } = useEdition();
  const headingId = useId();
  const items = relatedStories(story, feeds);
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

/**
 * "Читайте также": the newest stories of the same rubric or sharing a tag, in the edition's
 * language. A suggestion, never a reason to fail or hold up the story: while the feeds load,
 * if they fail or if they hold nothing else, there is no section at all.
 */
export function RelatedStories({ story }: { story: Article }) {
  const { lang } = useEdition();
  return (
    <WithQueries queries={relatedFeedQueries(lang, story)}>
      {(results) => {
        const feeds = settledFeeds(results);
        return feeds === undefined ? null : <RelatedList story={story} feeds={feeds} />;
      }}
    </WithQueries>
  );
}
