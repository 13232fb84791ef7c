import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { articlePath } from '../../../shared/lib/paths.ts';
import type { FeedItem } from '../../../shared/contract/feed-schema.ts';
import { ArticleLink } from './article-link.tsx';
import { typeset } from '../../../shared/lib/typeset.tsx';
import { Picture } from './picture.tsx';

interface FeedListProps {
  items: readonly FeedItem[];
  /** What to say when there are no stories; by default that there are none yet. */
  emptyMessage?: string;
}

/** A thumbnail beside a headline (styles.css, .feed__story--pictured). */
const THUMBNAIL_SIZES = '6.5rem';
/** The top story's picture: a thumbnail on a phone, the whole column above it on a wider screen. */
const TOP_STORY_SIZES = '(min-width: 44rem) 42rem, (min-width: 40rem) calc(100vw - 2rem), 6.5rem';

/** Headlines with their date, lead and thumbnail, newest first; the top story large on wide screens. */
export function FeedList({ items, emptyMessage }: FeedListProps) {
  const { lang: uiLang, t, formatDate } = useEdition();
  if (items.length === 0) return <p className="feed__empty">{emptyMessage ?? t.feedEmpty}</p>;
  return (
    <ol className="feed">
      {items.map((item, index) => {
        const foreign = item.lang !== uiLang;
        return (
          <li key={item.id} className="feed__item">
            <article
              className={item.image ? 'feed__story feed__story--pictured' : 'feed__story'}
              lang={foreign ? item.lang : undefined}
            >
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
              {item.image ? (
                <Picture
                  picture={item.image}
                  sizes={index === 0 ? TOP_STORY_SIZES : THUMBNAIL_SIZES}
                  priority={index === 0}
                  className="feed__thumb"
                />
              ) : null}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
