import path from 'node:path';
import * as v from 'valibot';
import { articleFile, relatedFile } from '../../src/shared/contract/api-files.ts';
import type { FeedItem } from '../../src/shared/contract/feed-schema.ts';
import type { Feed } from '../../src/shared/contract/api-files.ts';
import type { BuildCache } from '../pipeline/build-cache.ts';
import { codeFingerprint } from '../pipeline/code-fingerprint.ts';
import { breakingFiles } from './breaking.ts';
import { feedFiles, feedKey, feedsOf, groupFeeds } from './feeds.ts';
import { jsonSchemas } from './json-schemas.ts';
import type { LoadedContent } from './load-stage.ts';
import { IndexedFeed, relatedFeedKeys, relatedStories } from './related-stories.ts';

/**
 * Stage "JSON API": what the API says across stories (docs/api.md): the feeds, each story's
 * related stories and the JSON Schemas. The stage remembers the version of every story it
 * listed and the feeds it listed it in, so it makes again only the feeds a story entered, left
 * or changed in, and the related lists drawn from those feeds; every file is written only if
 * its bytes changed.
 */

const ApiUnitSchema = v.variant('kind', [
  /** A feed, and the files it was published as. */
  v.object({ kind: v.literal('feed'), files: v.array(v.string()) }),
  /** A story as the stage last listed it: its version (its file's hash) and its feeds. */
  v.object({ kind: v.literal('story'), version: v.string(), feeds: v.array(v.string()) }),
]);

export interface PublishedApi {
  /** Every feed with its stories, newest first, by its key (see feedKey). */
  feeds: () => ReadonlyMap<string, { feed: Feed; items: FeedItem[] }>;
  /** The stage's files, each with the hash of its bytes. */
  files: () => ReadonlyMap<string, string>;
  /** A key of those files: the same as the last build's when none changed. */
  key: string;
}

/** A value made when first asked for, once. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

export function apiStage({
  cache,
  apiDir,
  content,
  breakingHours,
}: {
  cache: BuildCache;
  apiDir: string;
  content: LoadedContent;
  /** How long a breaking story's banner shows (the site's `breakingHours`). */
  breakingHours: number;
}): PublishedApi {
  const code = codeFingerprint([new URL(import.meta.url), new URL('./breaking.ts', import.meta.url)], {
    api: path.relative(cache.siteDir, apiDir),
    breakingHours,
  });
  const record = cache.stage('api', code, ApiUnitSchema, apiDir);
  const { outputs } = record;
  const feeds = once(() => groupFeeds(content.stories.values()));
  // No story changed since the last build: the API across stories is as it was.
  if (record.keptAsBefore(content.key)) {
    record.finish();
    return { feeds, files: once(() => new Map(outputs.previous)), key: record.filesKey() };
  }

  // The feeds a story entered, left or changed in since the stage last listed it.
  const changedFeeds = new Set<string>();
  for (const story of content.stories.values()) {
    const key = `story:${story.item.id}`;
    const version = content.files.get(articleFile(story.item.id)) ?? '';
    const feeds = feedsOf(story).map(feedKey);
    const before = record.previous.get(key);
    if (before?.kind !== 'story' || before.version !== version) {
      for (const feed of [...feeds, ...(before?.kind === 'story' ? before.feeds : [])]) {
        changedFeeds.add(feed);
      }
    }
    record.units.set(key, { kind: 'story', version, feeds });
  }
  for (const [key, before] of record.previous) {
    if (before.kind === 'story' && !record.units.has(key)) {
      for (const feed of before.feeds) changedFeeds.add(feed);
    }
  }

  const keep = (file: string) => outputs.keep(file);
  for (const [key, { feed, items }] of feeds()) {
    const unit = `feed:${key}`;
    const before = record.previous.get(unit);
    if (!changedFeeds.has(key) && before?.kind === 'feed' && before.files.every(keep)) {
      record.units.set(unit, before);
      continue;
    }
    const files = feedFiles(feed, items);
    for (const [file, data] of files) outputs.write(file, JSON.stringify(data));
    record.units.set(unit, { kind: 'feed', files: files.map(([file]) => file) });
  }

  const indexed = new Map<string, IndexedFeed>();
  const feedOf = (key: string) => {
    let feed = indexed.get(key);
    const items = feeds().get(key)?.items;
    if (!feed && items) {
      feed = new IndexedFeed(items);
      indexed.set(key, feed);
    }
    return feed;
  };
  for (const story of content.stories.values()) {
    const file = relatedFile(story.item.id);
    const drawnFrom = relatedFeedKeys(story);
    if (!drawnFrom.some((key) => changedFeeds.has(key)) && keep(file)) continue;
    outputs.write(file, JSON.stringify({ items: relatedStories(story, feedOf) }));
  }

  for (const [file, data] of breakingFiles(content.stories.values(), breakingHours)) {
    outputs.write(file, JSON.stringify(data));
  }
  for (const [file, schema] of Object.entries(jsonSchemas())) {
    outputs.write(file, JSON.stringify(schema));
  }
  record.finish();
  return { feeds, files: () => outputs.next, key: record.filesKey() };
}
