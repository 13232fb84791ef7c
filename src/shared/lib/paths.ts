import { generatePath, matchPath, type Params } from 'react-router';
import { isLang, type Lang } from '../i18n/languages.ts';
import { isRubric, type Rubric } from '../i18n/rubrics.ts';

/**
 * Every address of the reader, in one place: the routes are declared with these patterns, and
 * the skeleton shown while a page loads, the edition of an address and the build's page files
 * all read addresses through `addressOf`, so no second set of patterns can disagree with them.
 */
export const ROUTE_PATTERNS = {
  /** An edition's front page: its newest stories. */
  front: '/:lang/',
  /** A page of the edition's archive, numbered from the oldest. */
  latestPage: '/:lang/page/:page',
  rubric: '/:lang/rubric/:rubric',
  rubricPage: '/:lang/rubric/:rubric/page/:page',
  story: '/:lang/news/:id/:slug?',
  /** The edition's search: its results are read from the address (`?q=…`), in the browser. */
  search: '/:lang/search',
} as const;

export type AddressShape = keyof typeof ROUTE_PATTERNS;

/** The first segment of an address, whatever follows it. */
const EDITION_PATTERN = { path: '/:lang', end: false };

/** The edition an address belongs to, if its first segment names one. */
export function langOfPath(pathname: string): Lang | undefined {
  const lang = matchPath(EDITION_PATTERN, pathname)?.params.lang;
  return isLang(lang) ? lang : undefined;
}

export type Address =
  | { shape: 'front'; lang: Lang }
  | { shape: 'latestPage'; lang: Lang; page: string }
  | { shape: 'rubric'; lang: Lang; rubric: Rubric }
  | { shape: 'rubricPage'; lang: Lang; rubric: Rubric; page: string }
  | { shape: 'story'; lang: Lang; id: string; slug: string | undefined }
  | { shape: 'search'; lang: Lang };

/**
 * Which of the reader's pages an address is, with its parts (as written: a page number is
 * checked by the page itself), or undefined for an address that is none of them.
 */
export function addressOf(pathname: string): Address | undefined {
  for (const [shape, pattern] of Object.entries(ROUTE_PATTERNS)) {
    const params: Params = matchPath<string>(pattern, pathname)?.params ?? {};
    if (!isLang(params.lang)) continue;
    const { lang, page, rubric, id, slug } = params;
    if (shape === 'front') return { shape, lang };
    if (shape === 'latestPage' && page) return { shape, lang, page };
    if (shape === 'rubric' && isRubric(rubric)) return { shape, lang, rubric };
    if (shape === 'rubricPage' && isRubric(rubric) && page) return { shape, lang, rubric, page };
    if (shape === 'story' && id) return { shape, lang, id, slug };
    if (shape === 'search') return { shape, lang };
  }
  return undefined;
}

/** The path of an address: what addressOf reads back. */
export function pathOf(address: Address): string {
  const { shape, ...params } = address;
  const path = generatePath(ROUTE_PATTERNS[shape], params);
  // An edition's front page is a folder: its address keeps its slash.
  return shape === 'front' ? `${path}/` : path;
}

/** The reader's URLs, built from the same patterns. */
export function editionPath(lang: Lang): string {
  return pathOf({ shape: 'front', lang });
}

/** An edition's web app manifest (written by the build, scripts/pwa/web-manifest.ts). */
export function manifestPath(lang: Lang): string {
  return `${editionPath(lang)}manifest.webmanifest`;
}

/** A page of an edition's archive; the front page is `editionPath`. */
export function latestPagePath(lang: Lang, page: number): string {
  return pathOf({ shape: 'latestPage', lang, page: String(page) });
}

/** A rubric's page (its newest stories), or a page of its archive. */
export function rubricPath(lang: Lang, rubric: Rubric, page?: number): string {
  return page === undefined
    ? pathOf({ shape: 'rubric', lang, rubric })
    : pathOf({ shape: 'rubricPage', lang, rubric, page: String(page) });
}

/** An edition's search page, with a search's parameters (see the search feature) if any. */
export function searchPath(lang: Lang, query = ''): string {
  return `${pathOf({ shape: 'search', lang })}${query}`;
}

export function articlePath(lang: Lang, article: { id: string; slug?: string }): string {
  return pathOf({ shape: 'story', lang, id: article.id, slug: article.slug || undefined });
}
