import * as v from 'valibot';
import type { FeedItem } from '../../src/shared/contract/feed-schema.ts';
import { LANGS, type Lang } from '../../src/shared/i18n/languages.ts';
import type { Story } from '../content/load-sources.ts';
import type { BuildCache } from '../pipeline/build-cache.ts';
import { codeFingerprint } from '../pipeline/code-fingerprint.ts';
import { robotsTxt } from './robots.ts';
import { RSS_ITEM_LIMIT, rssFeed, rssPath } from './rss.ts';
import { articleSitemapEntry, editionSitemapEntries, SitemapWriter } from './sitemap.ts';

/**
 * Stage "sitemap and RSS": what machines read, at the site's root: robots.txt naming the
 * sitemap, the sitemap (split past 50,000 addresses) and each edition's RSS feed. Made again
 * whenever a story changed, written only where the bytes did.
 */
export function publishStage({
  cache,
  origin,
  stories,
  latest,
  versions,
}: {
  cache: BuildCache;
  origin: string;
  stories: ReadonlyMap<string, Story>;
  /** Each edition's stories, newest first. */
  latest: (lang: Lang) => readonly FeedItem[];
  /** A key of every story's version: the same as last time, and nothing is made again. */
  versions: string;
}): void {
  const code = codeFingerprint([new URL(import.meta.url)], { origin });
  const record = cache.stage('sitemap-rss', code, v.never());
  if (record.keptAsBefore(versions)) {
    record.finish();
    return;
  }
  const { outputs } = record;
  outputs.write('robots.txt', robotsTxt(origin));
  for (const lang of LANGS) {
    outputs.write(
      rssPath(lang).slice(1),
      rssFeed({ origin, lang, items: latest(lang).slice(0, RSS_ITEM_LIMIT) }),
    );
  }
  const sitemap = new SitemapWriter({ origin });
  const write = (files: { name: string; text: string }[]) => {
    for (const { name, text } of files) outputs.write(name, text);
  };
  const newest = Object.fromEntries(LANGS.map((lang) => [lang, latest(lang)[0]?.publishedAt]));
  for (const entry of editionSitemapEntries(origin, newest)) write(sitemap.add(entry));
  // By id, numbers as numbers ("9999" before "10000"), so that a story published later (a
  // greater id, as newsrooms number them) changes the last sitemap file alone.
  const ordered = [...stories.values()].sort((a, b) =>
    a.item.id.localeCompare(b.item.id, 'en', { numeric: true }),
  );
  const slugOf = (id: string) => stories.get(id)?.item.slug;
  for (const { item, updatedAt, translations } of ordered) {
    write(
      sitemap.add(
        articleSitemapEntry(origin, { item: { ...item, updatedAt }, translations }, slugOf),
      ),
    );
  }
  write(sitemap.finish());
  record.finish();
}
