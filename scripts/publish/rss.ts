import type { FeedItem } from '../../src/shared/contract/feed-schema.ts';
import { CATALOGUES, PUBLISHED } from '../../src/shared/i18n/all-catalogues.ts';
import type { Lang } from '../../src/shared/i18n/languages.ts';
import { articlePath, editionPath } from '../../src/shared/lib/paths.ts';
import { newestFirst } from '../content/feeds.ts';
import { checkOrigin } from './site-url.ts';
import { escapeXml, XML_DECLARATION } from './xml.ts';

/** An edition's RSS 2.0 feed at /{lang}/rss.xml: its latest stories, as feed readers expect. */

/** Stories per feed: enough for a reader who checks daily, small enough to poll often. */
export const RSS_ITEM_LIMIT = 50;

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** Where an edition's feed is published; page heads link to the same path. */
export function rssPath(lang: Lang): string {
  return `/${lang}/rss.xml`;
}

/**
 * A date as RSS 2.0 wants it (RFC 822 with a four-digit year, i.e. RFC 1123), in GMT:
 * "Tue, 11 Jul 2017 18:00:00 GMT". Every feed reader parses GMT; not all parse numeric offsets.
 */
export function rfc822Date(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  // ECMAScript fixes toUTCString's format as exactly this: "Www, DD Mmm YYYY HH:mm:ss GMT".
  return date.toUTCString();
}

export interface RssFeedOptions {
  origin: string;
  lang: Lang;
  /** Feed items in any order and of any edition; only this edition's newest are used. */
  items: Iterable<FeedItem>;
  /** Items in the feed; defaults to RSS_ITEM_LIMIT. */
  limit?: number;
  /**
   * lastBuildDate. Defaults to the newest story's date, so an unchanged edition gives the same
   * bytes and the incremental build need not rewrite the file.
   */
  buildDate?: string | Date;
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

function itemXml(origin: string, item: FeedItem): string {
  const url = `${origin}${articlePath(item.lang, item)}`;
  const parts = [
    element('title', item.title),
    element('link', url),
    // The canonical URL, not the id-only one: that redirects only once the app runs, and a
    // static host answers it with the not-found page, so it is no permalink.
    `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
    element('pubDate', rfc822Date(item.publishedAt)),
  ];
  if (item.lead !== undefined) parts.push(element('description', item.lead));
  if (item.rubric !== undefined) {
    parts.push(element('category', CATALOGUES[item.lang].rubrics[item.rubric]));
  }
  return `<item>${parts.join('')}</item>\n`;
}

/** The feed's XML text. */
export function rssFeed({
  origin,
  lang,
  items,
  limit = RSS_ITEM_LIMIT,
  buildDate,
}: RssFeedOptions): string {
  const site = checkOrigin(origin);
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a whole number`);
  const published = PUBLISHED[lang];
  const latest = Array.from(items)
    .filter((item) => item.lang === lang)
    .sort(newestFirst)
    .slice(0, limit);
  const newest = latest[0]?.publishedAt;
  const lastBuild = buildDate ?? newest;

  const channel = [
    element('title', published.rssTitle),
    element('link', `${site}${editionPath(lang)}`),
    element('description', published.siteDescription),
    element('language', lang),
    `<atom:link href="${escapeXml(`${site}${rssPath(lang)}`)}" rel="self" type="application/rss+xml"/>`,
  ];
  if (lastBuild !== undefined) channel.push(element('lastBuildDate', rfc822Date(lastBuild)));
  if (newest !== undefined) channel.push(element('pubDate', rfc822Date(newest)));

  return (
    `${XML_DECLARATION}<rss version="2.0" xmlns:atom="${ATOM_NS}">\n<channel>\n` +
    channel.map((line) => `${line}\n`).join('') +
    latest.map((item) => itemXml(site, item)).join('') +
    '</channel>\n</rss>\n'
  );
}
