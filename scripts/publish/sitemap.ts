import { Buffer } from 'node:buffer';
import * as v from 'valibot';
import { DEFAULT_LANG, LANGS, type Lang } from '../../src/shared/i18n/languages.ts';
import { articlePath, editionPath } from '../../src/shared/lib/paths.ts';
import { DateTimeSchema } from '../../src/shared/lib/schema-primitives.ts';
import { checkOrigin } from './site-url.ts';
import { escapeXml, XML_DECLARATION } from './xml.ts';

/**
 * sitemap.xml by the sitemaps.org protocol, with hreflang alternates. A caller feeds entries one
 * at a time and writes out each file as soon as it is complete, so a 100,000-story archive never
 * becomes one string: at most one file's worth of URLs is held at once.
 */

/** The protocol's limits for one sitemap file (and for the number of files in an index). */
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_MAX_BYTES = 52_428_800;
/** The file robots.txt points to: the only sitemap, or the index of the numbered ones. */
export const SITEMAP_FILE = 'sitemap.xml';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/** The protocol caps a URL's length. */
const MAX_URL_LENGTH = 2_047;

const URLSET_OPEN = `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n`;
const URLSET_CLOSE = '</urlset>\n';
const URLSET_OVERHEAD = Buffer.byteLength(URLSET_OPEN + URLSET_CLOSE);

export type Hreflang = Lang | 'x-default';

export interface SitemapAlternate {
  hreflang: Hreflang;
  /** Absolute URL of the page in that language. */
  href: string;
}

export interface SitemapEntry {
  /** Absolute URL on the site's origin. */
  loc: string;
  /** An ISO 8601 date-time with offset (as in content) or a Date. */
  lastmod?: string | Date | undefined;
  /** Every language version including this page itself, plus x-default; empty for none. */
  alternates?: readonly SitemapAlternate[] | undefined;
}

export interface SitemapFile {
  /** Relative to the site root: sitemap.xml, sitemap-1.xml, … */
  name: string;
  text: string;
}

export interface SitemapOptions {
  origin: string;
  /** URLs per file; lower only in tests. */
  maxUrls?: number;
  /** UTF-8 bytes per file; lower only in tests. */
  maxBytes?: number;
}

/**
 * A W3C datetime for <lastmod>. Content dates already are one (2017-07-12T00:00:00+06:00) and
 * keep the newsroom's offset; anything else is a caller's bug, so it throws rather than guess.
 */
export function w3cDatetime(value: string | Date): string {
  if (typeof value !== 'string') {
    if (Number.isNaN(value.getTime())) throw new RangeError('lastmod: invalid Date');
    return value.toISOString();
  }
  if (!v.safeParse(DateTimeSchema, value).success) {
    throw new RangeError(`lastmod: not an ISO 8601 date-time with an offset: ${value}`);
  }
  return value;
}

function checkSiteUrl(origin: string, url: string, what: string): void {
  // Search engines ignore sitemap URLs on another host; a relative path here is a caller's bug.
  if (!url.startsWith(`${origin}/`)) throw new RangeError(`${what} is not on ${origin}: ${url}`);
  if (url.length > MAX_URL_LENGTH) throw new RangeError(`${what} is too long: ${url}`);
}

function urlElement(origin: string, entry: SitemapEntry, lastmod: string | undefined): string {
  checkSiteUrl(origin, entry.loc, 'loc');
  let xml = `<url><loc>${escapeXml(entry.loc)}</loc>`;
  if (lastmod !== undefined) xml += `<lastmod>${escapeXml(lastmod)}</lastmod>`;
  for (const { hreflang, href } of entry.alternates ?? []) {
    checkSiteUrl(origin, href, 'alternate');
    xml += `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`;
  }
  return `${xml}</url>\n`;
}

/** The newest of the dates seen, compared as instants (offsets differ), kept as written. */
class Newest {
  private ms = -Infinity;
  text: string | undefined;

  see(text: string | undefined): void {
    if (text === undefined) return;
    const ms = Date.parse(text);
    if (ms > this.ms) {
      this.ms = ms;
      this.text = text;
    }
  }
}

/**
 * Writes a site's sitemap from entries fed one by one. While everything fits one file the
 * result is a single sitemap.xml; past the limits it becomes sitemap-1.xml, sitemap-2.xml, …
 * and sitemap.xml is their index. Which of the two only shows once the limit is crossed, so
 * each numbered file is handed out when the first URL that does not fit it arrives.
 */
export class SitemapWriter {
  private readonly origin: string;
  private readonly maxUrls: number;
  private readonly maxBytes: number;
  private urls: string[] = [];
  private bytes = URLSET_OVERHEAD;
  private newest = new Newest();
  /** The numbered files handed out so far, for the index. */
  private readonly written: { name: string; lastmod: string | undefined }[] = [];
  private finished = false;

  constructor({
    origin,
    maxUrls = SITEMAP_MAX_URLS,
    maxBytes = SITEMAP_MAX_BYTES,
  }: SitemapOptions) {
    this.origin = checkOrigin(origin);
    if (!Number.isInteger(maxUrls) || maxUrls < 1 || maxUrls > SITEMAP_MAX_URLS) {
      throw new RangeError(`maxUrls must be 1 to ${SITEMAP_MAX_URLS}`);
    }
    if (!(maxBytes > URLSET_OVERHEAD && maxBytes <= SITEMAP_MAX_BYTES)) {
      throw new RangeError(`maxBytes must be ${URLSET_OVERHEAD + 1} to ${SITEMAP_MAX_BYTES}`);
    }
    this.maxUrls = maxUrls;
    this.maxBytes = maxBytes;
  }

  /** Adds one URL; returns the sitemap file it completed, if any, ready to write out. */
  add(entry: SitemapEntry): SitemapFile[] {
    if (this.finished) throw new Error('SitemapWriter: add() after finish()');
    const lastmod = entry.lastmod === undefined ? undefined : w3cDatetime(entry.lastmod);
    const url = urlElement(this.origin, entry, lastmod);
    const size = Buffer.byteLength(url);
    if (URLSET_OVERHEAD + size > this.maxBytes) {
      throw new RangeError(`one URL alone exceeds ${this.maxBytes} bytes: ${entry.loc}`);
    }
    const done =
      this.urls.length >= this.maxUrls || this.bytes + size > this.maxBytes ? [this.flush()] : [];
    this.urls.push(url);
    this.bytes += size;
    this.newest.see(lastmod);
    return done;
  }

  /** The remaining files: the single sitemap.xml, or the last numbered file and the index. */
  finish(): SitemapFile[] {
    if (this.finished) throw new Error('SitemapWriter: finish() called twice');
    this.finished = true;
    if (this.written.length === 0) {
      return [{ name: SITEMAP_FILE, text: this.urlset() }];
    }
    const last = this.urls.length > 0 ? [this.flush()] : [];
    return [...last, { name: SITEMAP_FILE, text: this.index() }];
  }

  private urlset(): string {
    return URLSET_OPEN + this.urls.join('') + URLSET_CLOSE;
  }

  private flush(): SitemapFile {
    if (this.written.length >= SITEMAP_MAX_URLS) {
      throw new RangeError(`a sitemap index lists at most ${SITEMAP_MAX_URLS} sitemaps`);
    }
    const file = { name: `sitemap-${this.written.length + 1}.xml`, text: this.urlset() };
    this.written.push({ name: file.name, lastmod: this.newest.text });
    this.urls = [];
    this.bytes = URLSET_OVERHEAD;
    this.newest = new Newest();
    return file;
  }

  private index(): string {
    const sitemaps = this.written.map(({ name, lastmod }) => {
      const loc = `<loc>${escapeXml(`${this.origin}/${name}`)}</loc>`;
      const date = lastmod === undefined ? '' : `<lastmod>${escapeXml(lastmod)}</lastmod>`;
      return `<sitemap>${loc}${date}</sitemap>\n`;
    });
    return `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n${sitemaps.join('')}</sitemapindex>\n`;
  }
}

/** The same as a generator: every file, in an order in which each can be written as it comes. */
export function* sitemapFiles(
  entries: Iterable<SitemapEntry>,
  options: SitemapOptions,
): Generator<SitemapFile, void, undefined> {
  const writer = new SitemapWriter(options);
  for (const entry of entries) yield* writer.add(entry);
  yield* writer.finish();
}

/** hreflang links for a set of language versions: each version, then x-default. */
function alternatesOf(origin: string, paths: Partial<Record<Lang, string>>): SitemapAlternate[] {
  const alternates: SitemapAlternate[] = [];
  for (const lang of LANGS) {
    const path = paths[lang];
    if (path !== undefined) alternates.push({ hreflang: lang, href: `${origin}${path}` });
  }
  // One version alone has no alternates; search engines want them only between translations.
  if (alternates.length < 2) return [];
  // Readers whose language is neither get the default edition, as the page heads say.
  const fallback = paths[DEFAULT_LANG];
  if (fallback !== undefined)
    alternates.push({ hreflang: 'x-default', href: `${origin}${fallback}` });
  return alternates;
}

/** What the content build keeps of a story (its Summary), as far as the sitemap needs it. */
export interface SitemapArticle {
  item: {
    id: string;
    lang: Lang;
    slug: string;
    publishedAt: string;
    updatedAt?: string | undefined;
  };
  translations: Partial<Record<Lang, string>>;
}

/**
 * A story's sitemap entry, its translations as alternates. `slugOf` finds a translation's slug
 * by id; a translation it does not know is left out, because an alternate must be the canonical
 * URL and not one that redirects.
 */
export function articleSitemapEntry(
  origin: string,
  { item, translations }: SitemapArticle,
  slugOf: (id: string) => string | undefined,
): SitemapEntry {
  const paths: Partial<Record<Lang, string>> = { [item.lang]: articlePath(item.lang, item) };
  for (const lang of LANGS) {
    const id = translations[lang];
    if (lang === item.lang || id === undefined) continue;
    const slug = slugOf(id);
    if (slug !== undefined) paths[lang] = articlePath(lang, { id, slug });
  }
  return {
    loc: `${origin}${articlePath(item.lang, item)}`,
    lastmod: item.updatedAt ?? item.publishedAt,
    alternates: alternatesOf(origin, paths),
  };
}

/** The editions' front pages, alternates of each other; lastmod is each edition's newest story. */
export function editionSitemapEntries(
  origin: string,
  lastmod: Partial<Record<Lang, string | Date>> = {},
): SitemapEntry[] {
  const paths: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) paths[lang] = editionPath(lang);
  const alternates = alternatesOf(origin, paths);
  return LANGS.map((lang) => ({
    loc: `${origin}${editionPath(lang)}`,
    lastmod: lastmod[lang],
    alternates,
  }));
}
