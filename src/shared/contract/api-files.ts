import type { Lang } from '../i18n/languages.ts';
import type { Rubric } from '../i18n/rubrics.ts';

/**
 * Where each resource of the JSON API lives, below the API base (docs/api.md): the build
 * writes these files, the reader fetches them, a CMS serving the same contract answers them.
 */

/** Stories per archive page of a feed. */
export const FEED_PAGE_SIZE = 20;

/** A feed: an edition's latest stories, a rubric's, or a tag's (by its key, see tagKey). */
export type Feed =
  | { lang: Lang; kind: 'latest' }
  | { lang: Lang; kind: 'rubrics'; key: Rubric }
  | { lang: Lang; kind: 'tags'; key: string };

export function articleFile(id: string): string {
  return `articles/${encodeURIComponent(id)}.json`;
}

export function relatedFile(id: string): string {
  return `related/${encodeURIComponent(id)}.json`;
}

function feedDir(feed: Feed): string {
  return feed.kind === 'latest'
    ? `${feed.lang}/latest`
    : `${feed.lang}/${feed.kind}/${encodeURIComponent(feed.key)}`;
}

/** A feed's newest stories: `ru/latest.json`, `ru/rubrics/politics.json`. */
export function feedHeadFile(feed: Feed): string {
  return `${feedDir(feed)}.json`;
}

/** A page of a feed's archive: `ru/latest/3.json`, `ru/rubrics/politics/3.json`. */
export function feedPageFile(feed: Feed, page: number): string {
  return `${feedDir(feed)}/${page}.json`;
}

/** An edition's breaking news: `ru/breaking.json`, small and asked for by every open page. */
export function breakingFile(lang: Lang): string {
  return `${lang}/breaking.json`;
}
