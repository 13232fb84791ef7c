import type { Article } from '../../src/features/articles/model/article-schema.ts';
import { leadOf } from '../../src/features/articles/model/lead.ts';
import type { FeedItem, FeedPage } from '../../src/features/articles/model/feed-schema.ts';
import type { Lang } from '../../src/shared/i18n/languages.ts';

/** Stories per feed page: a fixed size, so no file the reader loads grows with the archive. */
export const FEED_PAGE_SIZE = 20;
export function feedItemOf(article: Article): FeedItem {
  const lead = leadOf(article);
  return {
    id: article.id,
    lang: article.lang,
    slug: article.slug,
    title: article.title,
    ...(lead === undefined ? {} : { lead }),
    publishedAt: article.publishedAt,
    ...(article.rubric === undefined ? {} : { rubric: article.rubric }),
  };
}

/** Newest first; ties broken by id so every build orders alike. */
export function newestFirst(a: FeedItem, b: FeedItem): number {
  return (
    Date.parse(b.publishedAt) - Date.parse(a.publishedAt) ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

/** Splits a sorted feed into fixed-size pages; an empty feed still has its first page. */
export function paginate(
  lang: Lang,
  items: readonly FeedItem[],
  pageSize = FEED_PAGE_SIZE,
): FeedPage[] {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => ({
    lang,
    page: index + 1,
    pageCount,
    pageSize,
    total: items.length,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
  }));
}
