import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { articlePath } from '../../../shared/lib/paths.ts';
import type { FeedItem } from '../../../shared/contract/feed-schema.ts';
import { ArticleLink } from './article-link.tsx';
import { typeset } from '../../../shared/lib/typeset.tsx';

interface FeedListProps {
  items: readonly FeedItem[];
  /** What to say when there are no stories; by default that there are none yet. */
  emptyMessage?: string;
}

/** Headlines with their date and lead, newest first. */
export function FeedList({ items, emptyMessage }: FeedListProps) {
  const { lang: uiLang, t, formatDate } = useEdition();
  if (items.length === 0) return <p className="feed__empty">{emptyMessage ?? t.feedEmpty}</p>;
  return (
    <ol className="feed">
      {items.map((item) => {
        const foreign = item.lang !== uiLang;
        return (
          <li key={item.id} className="feed__item">
            <article lang={foreign ? item.lang : undefined}>
              <h2 className="feed__title">
                <ArticleLink id={item.id} to={articlePath(uiLang, item)}>
                  {typeset(item.title)}
                </ArticleLink>
              </h2>
              <p className="feed__meta">
                <time dateTime={item.publishedAt} lang={foreign ? uiLang : undefined}>
                  {typeset(formatDate(item.publishedAt))}
                </time>
              </p>
              {item.lead ? <p className="feed__lead">{typeset(item.lead)}</p> : null}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
