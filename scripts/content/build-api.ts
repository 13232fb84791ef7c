import type { Article } from '../../src/features/articles/model/article-schema.ts';
import type { FeedItem, FeedPage } from '../../src/features/articles/model/feed-schema.ts';
import type { Lang } from '../../src/shared/i18n/languages.ts';

/** Stories per feed page: a fixed size, so no file the reader loads grows with the archive. */
export const FEED_PAGE_SIZE = 20;
const LEAD_MAX_CHARS = 220;

/** The lead a feed shows: the article's own, else the opening of its first paragraph. */
export function leadOf(article: Article): string | undefined {
  if (article.lead) return article.lead;
  const first = article.body.find((block) => block.type === 'paragraph');
  if (!first) return undefined;
  const text = first.runs
    .map((run) => run.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= LEAD_MAX_CHARS) return text;
  const cut = text.slice(0, LEAD_MAX_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > LEAD_MAX_CHARS / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

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
