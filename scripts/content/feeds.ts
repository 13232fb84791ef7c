import {
  FEED_PAGE_SIZE,
  feedHeadFile,
  feedPageFile,
  type Feed,
} from '../../src/shared/contract/api-files.ts';
import type { FeedHead, FeedItem, FeedPage } from '../../src/shared/contract/feed-schema.ts';
import { LANGS } from '../../src/shared/i18n/languages.ts';
import { RUBRICS } from '../../src/shared/i18n/rubrics.ts';
import type { Story } from './load-sources.ts';

/**
 * The feeds of the JSON API: each edition's latest stories, each rubric's and each tag's, in
 * pages of fixed size numbered from the oldest (docs/api.md). A page stays as it is once full:
 * a new story changes the newest page and the feed's head, not every page after it, so
 * publishing a story rewrites a few files whatever the size of the archive.
 */

/** A feed's key, as its files are named below the API root: `ru/latest`, `ky/tags/osh`. */
export function feedKey(feed: Feed): string {
  return feed.kind === 'latest' ? `${feed.lang}/latest` : `${feed.lang}/${feed.kind}/${feed.key}`;
}

/** The feeds a story is listed in. */
export function feedsOf({ item, tags }: Story): Feed[] {
  const feeds: Feed[] = [{ lang: item.lang, kind: 'latest' }];
  if (item.rubric) feeds.push({ lang: item.lang, kind: 'rubrics', key: item.rubric });
  for (const key of tags) feeds.push({ lang: item.lang, kind: 'tags', key });
  return feeds;
}

/** Newest first; ties broken by id, so that every build orders alike. */
export function newestFirst(a: FeedItem, b: FeedItem): number {
  return (
    Date.parse(b.publishedAt) - Date.parse(a.publishedAt) ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

/**
 * Every feed with its stories, newest first. Each edition's latest feed and each rubric's is
 * there even without stories: its page then says there are none yet.
 */
export function groupFeeds(stories: Iterable<Story>): Map<string, { feed: Feed; items: FeedItem[] }> {
  const feeds = new Map<string, { feed: Feed; items: FeedItem[] }>();
  const add = (feed: Feed) => {
    const key = feedKey(feed);
    let entry = feeds.get(key);
    if (!entry) {
      entry = { feed, items: [] };
      feeds.set(key, entry);
    }
    return entry;
  };
  for (const lang of LANGS) {
    add({ lang, kind: 'latest' });
    for (const rubric of RUBRICS) add({ lang, kind: 'rubrics', key: rubric });
  }
  for (const story of stories) {
    for (const feed of feedsOf(story)) add(feed).items.push(story.item);
  }
  for (const entry of feeds.values()) entry.items.sort(newestFirst);
  return feeds;
}

/**
 * A feed's files: its head (the newest page, and the page before it while the newest is not
 * full, so that the first page never shows only a story or two) and every page of its archive.
 * `items` are newest first; page 1 holds the oldest.
 */
export function feedFiles(
  feed: Feed,
  items: readonly FeedItem[],
  pageSize = FEED_PAGE_SIZE,
): [string, FeedHead | FeedPage][] {
  const total = items.length;
  const pageCount = Math.ceil(total / pageSize);
  const files: [string, FeedHead | FeedPage][] = [];
  for (let page = 1; page <= pageCount; page++) {
    const data: FeedPage = {
      lang: feed.lang,
      page,
      items: items.slice(Math.max(0, total - page * pageSize), total - (page - 1) * pageSize),
      ...(page < pageCount ? { newer: page + 1 } : {}),
      ...(page > 1 ? { older: page - 1 } : {}),
    };
    files.push([feedPageFile(feed, page), data]);
  }
  /** Stories on the newest page: 1 to pageSize, none in an empty feed. */
  const newest = pageCount === 0 ? 0 : total - (pageCount - 1) * pageSize;
  const shownPages = newest < pageSize && pageCount > 1 ? 2 : 1;
  const older = pageCount - shownPages;
  const head: FeedHead = {
    lang: feed.lang,
    items: items.slice(0, shownPages === 2 ? newest + pageSize : newest),
    ...(older > 0 ? { older } : {}),
  };
  files.unshift([feedHeadFile(feed), head]);
  return files;
}
