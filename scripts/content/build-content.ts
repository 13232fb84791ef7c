import { createHash, randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import type { FeedItem } from '../../src/features/articles/model/feed-schema.ts';
import { LANGS } from '../../src/shared/i18n/languages.ts';
import { RUBRICS } from '../../src/shared/i18n/rubrics.ts';
import { tagKey } from '../../src/shared/lib/tag-key.ts';
import { FEED_PAGE_SIZE, newestFirst, paginate } from './build-api.ts';
import { robotsTxt } from '../publish/robots.ts';
import { rssFeed, rssPath } from '../publish/rss.ts';
import { articleSitemapEntry, editionSitemapEntries, SitemapWriter } from '../publish/sitemap.ts';
import { jsonSchemas } from './json-schemas.ts';
import { ContentError, crossCheck } from './load-content.ts';
import {
  articleOutput,
  OutputWriter,
  readSources,
  SourcesDoneSchema,
  SummarySchema,
  type SourceJob,
  type SourcesDone,
  type Summary,
} from './article-sources.ts';
import { FailedReplySchema, nextReply, startTsWorker } from '../lib/ts-worker.ts';
import { readJsonLines, writeJsonLines } from '../lib/json-lines.ts';

/**
 * The content build at newsroom scale. Articles are read, validated and written one at a time,
 * keeping only their small feed summaries in memory. A manifest
 * beside the output remembers each source file's size and mtime and each output's hash, so a
 * re-run reads only changed files and writes only outputs whose bytes changed.
 */

const MANIFEST_VERSION = 3;

/**
 * The code that turns a source file into outputs. A manifest written by other code (a changed
 * schema, lead or feed derivation) is not trusted: its outputs are rebuilt from nothing.
 */
const LOGIC_FILES = [
  '../../src/features/articles/model/article-schema.ts',
  '../../src/features/articles/model/feed-schema.ts',
  '../../src/features/articles/model/lead.ts',
  '../../src/shared/lib/schema-primitives.ts',
  '../../src/shared/lib/safe-url.ts',
  '../../src/shared/lib/slugify.ts',
  '../../src/shared/lib/tag-key.ts',
  './article-sources.ts',
  './build-api.ts',
  './build-content.ts',
  './json-schemas.ts',
  './load-content.ts',
  '../lib/utf8.ts',
];

async function logicFingerprint(): Promise<string> {
  const hash = createHash('sha1');
  try {
    for (const file of LOGIC_FILES) hash.update(await readFile(new URL(file, import.meta.url)));
  } catch {
    // Sources out of reach (a bundled build script): trust no earlier manifest.
    return randomUUID();
  }
  return hash.digest('base64url');
}
/** A token in the output folder ties it to its manifest: a wiped or foreign folder is rebuilt whole. */
const TOKEN_NAME = '.content-build';

/**
 * The manifest is JSON lines, read and written a line at a time so that at 100,000 articles it
 * is never one giant string: a header, then one line per source and one per output.
 */
const ManifestHeaderSchema = v.object({
  version: v.literal(MANIFEST_VERSION),
  token: v.string(),
  logic: v.string(),
});
const ManifestLineSchema = v.union([
  v.object({ source: SummarySchema }),
  /** An output path (below the API root) and the hash of its bytes. */
  v.object({ output: v.tuple([v.string(), v.string()]) }),
]);

interface Manifest {
  sources: Map<string, Summary>;
  outputs: Map<string, string>;
}

export interface BuildContentOptions {
  contentDirs: readonly string[];
  /** The API root in the built site, e.g. dist/api/v1. */
  outDir: string;
  /** Where the manifest lives, outside the published folder. */
  manifestFile?: string;
  pageSize?: number;
  /**
   * Threads reading the articles: by default one per core for a large corpus, the build's own
   * thread for a small one.
   */
  threads?: number;
  /** The site around the API: sitemap, robots.txt and RSS go there, with absolute URLs. */
  site?: { dir: string; origin: string };
}

export interface BuildContentReport {
  articles: number;
  /** Source files read and parsed (the rest were unchanged since the last build). */
  parsed: number;
  /** Output files written (the rest already held the same bytes). */
  written: number;
  deleted: number;
  outputs: number;
}

function defaultManifestFile(outDir: string): string {
  const key = createHash('sha1').update(path.resolve(outDir)).digest('hex').slice(0, 16);
  return path.join('node_modules', '.cache', 'content-build', `${key}.jsonl`);
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

function emptyManifest(): Manifest {
  return { sources: new Map(), outputs: new Map() };
}

/** Our own cache: anything missing or unexpected in it just means a full build. */
async function readManifest(
  manifestFile: string,
  outDir: string,
  logic: string,
): Promise<Manifest> {
  const token = await readText(path.join(outDir, TOKEN_NAME));
  if (token === undefined || !existsSync(manifestFile)) return emptyManifest();
  const manifest = emptyManifest();
  let header = true;
  try {
    for await (const line of readJsonLines(manifestFile)) {
      if (header) {
        const parsed = v.safeParse(ManifestHeaderSchema, line);
        if (
          !parsed.success ||
          parsed.output.token !== token.trim() ||
          parsed.output.logic !== logic
        ) {
          return emptyManifest();
        }
        header = false;
        continue;
      }
      const parsed = v.safeParse(ManifestLineSchema, line);
      if (!parsed.success) return emptyManifest();
      if ('source' in parsed.output) {
        manifest.sources.set(parsed.output.source.file, parsed.output.source);
      } else {
        manifest.outputs.set(...parsed.output.output);
      }
    }
  } catch {
    return emptyManifest();
  }
  return header ? emptyManifest() : manifest;
}

/** Writes the manifest a line at a time. */
function writeManifest(
  manifestFile: string,
  header: { token: string; logic: string },
  manifest: Manifest,
): Promise<void> {
  return writeJsonLines(
    manifestFile,
    (function* () {
      yield { version: MANIFEST_VERSION, ...header };
      for (const source of manifest.sources.values()) yield { source };
      for (const output of manifest.outputs) yield { output };
    })(),
  );
}

async function listSources(dirs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const dir of dirs) {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    for (const entry of entries) {
      if (entry.isFile() && entry.name.endsWith('.json')) {
        files.push(path.relative(process.cwd(), path.join(entry.parentPath, entry.name)));
      }
    }
  }
  return files.sort();
}

/** Problems only visible across articles: ids, slugs and translations. */
function checkSummaries(summaries: readonly Summary[]): string[] {
  const problems = crossCheck(
    summaries.map(({ file, item, translations }) => ({
      file,
      article: { id: item.id, lang: item.lang, translations },
    })),
  );
  const slugs = new Map<string, string>();
  for (const { file, item } of summaries) {
    const key = `${item.lang}/${item.slug}`;
    const earlier = slugs.get(key);
    if (earlier)
      problems.push(`${file}: slug: "${item.slug}" is also the slug of ${earlier} (${item.lang})`);
    else slugs.set(key, file);
  }
  return problems;
}

/** Feed path prefix → its items, for the latest, rubric and tag feeds of every edition. */
function groupFeeds(summaries: readonly Summary[]): Map<string, FeedItem[]> {
  const feeds = new Map<string, FeedItem[]>();
  const add = (key: string, item: FeedItem) => {
    const list = feeds.get(key);
    if (list) list.push(item);
    else feeds.set(key, [item]);
  };
  // Every edition's latest feed and every rubric's has a first page, empty or not: a reader
  // opening a rubric with no stories yet gets its empty page, not a 404 (docs/api.md).
  for (const lang of LANGS) {
    feeds.set(`${lang}/latest`, []);
    for (const rubric of RUBRICS) feeds.set(`${lang}/rubrics/${rubric}`, []);
  }
  for (const { item, tags } of summaries) {
    add(`${item.lang}/latest`, item);
    if (item.rubric) add(`${item.lang}/rubrics/${item.rubric}`, item);
    for (const key of new Set(tags.map(tagKey))) add(`${item.lang}/tags/${key}`, item);
  }
  return feeds;
}

/**
 * What machines read: the sitemap (split past 50,000 URLs), robots.txt naming it, and each
 * edition's RSS feed. Written whole on every build: the site folder around the API is emptied
 * before each site build, and the sitemap is one pass over the feed entries already in memory.
 */
async function writeSiteFiles(
  site: { dir: string; origin: string },
  summaries: readonly Summary[],
  feeds: ReadonlyMap<string, FeedItem[]>,
): Promise<number> {
  const files: { name: string; text: string }[] = [
    { name: 'robots.txt', text: robotsTxt(site.origin) },
  ];
  for (const lang of LANGS) {
    files.push({
      name: rssPath(lang).slice(1),
      text: rssFeed({ origin: site.origin, lang, items: feeds.get(`${lang}/latest`) ?? [] }),
    });
  }
  const slugs = new Map(summaries.map(({ item }) => [item.id, item.slug]));
  const sitemap = new SitemapWriter({ origin: site.origin });
  const newest = Object.fromEntries(
    LANGS.map((lang) => [lang, feeds.get(`${lang}/latest`)?.[0]?.publishedAt]),
  );
  for (const entry of editionSitemapEntries(site.origin, newest)) files.push(...sitemap.add(entry));
  for (const summary of summaries) {
    const { item, updatedAt, translations } = summary;
    const entry = articleSitemapEntry(
      site.origin,
      { item: { ...item, updatedAt }, translations },
      (id) => slugs.get(id),
    );
    files.push(...sitemap.add(entry));
  }
  files.push(...sitemap.finish());
  await mkdir(site.dir, { recursive: true });
  for (const { name, text } of files) {
    await mkdir(path.dirname(path.join(site.dir, name)), { recursive: true });
    await writeFile(path.join(site.dir, name), text);
  }
  return files.length;
}

/**
 * Below this many sources, starting threads (about half a second each) costs about what they
 * save: the build's own thread writes every file either way.
 */
const PARALLEL_FROM = 20_000;
/** Sources per message to a thread: few messages, small enough to share out evenly. */
const SOURCE_BATCH = 500;

function defaultThreads(): number {
  return Math.max(1, Math.min(os.availableParallelism(), 4));
}

const ContentReplySchema = v.variant('kind', [
  v.object({ kind: v.literal('ready') }),
  v.object({
    kind: v.literal('done'),
    ...SourcesDoneSchema.entries,
    writes: v.array(v.tuple([v.string(), v.instance(Uint8Array)])),
  }),
  FailedReplySchema,
]);

/** Shares the sources out to threads, in batches, as each thread asks for more. */
async function readSourcesInThreads(
  jobs: readonly SourceJob[],
  writer: OutputWriter,
  threads: number,
  collect: (done: SourcesDone) => void,
): Promise<void> {
  const entry = new URL('./content-worker.ts', import.meta.url);
  const workers = Array.from({ length: threads }, () => startTsWorker(entry, {}));
  let next = 0;
  const take = () => {
    const batch = jobs.slice(next, next + SOURCE_BATCH);
    next += batch.length;
    return batch.length > 0 ? batch : undefined;
  };
  try {
    await Promise.all(
      workers.map(async (worker) => {
        await nextReply(worker, ContentReplySchema);
        let batch = take();
        if (batch) worker.postMessage(batch);
        while (batch) {
          const reply = await nextReply(worker, ContentReplySchema);
          // The thread reads its next batch while this one writes what it prepared.
          batch = take();
          if (batch) worker.postMessage(batch);
          if (reply.kind === 'done') {
            for (const [relative, bytes] of reply.writes) writer.writeBytes(relative, bytes);
            collect(reply);
          }
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

export async function buildContent({
  contentDirs,
  outDir,
  manifestFile = defaultManifestFile(outDir),
  pageSize = FEED_PAGE_SIZE,
  threads,
  site,
}: BuildContentOptions): Promise<BuildContentReport> {
  const logic = await logicFingerprint();
  const manifest = await readManifest(manifestFile, outDir, logic);
  // A build cut short leaves no token, so the next one trusts nothing it half wrote.
  await rm(path.join(outDir, TOKEN_NAME), { force: true });
  const writer = new OutputWriter(outDir);
  const files = await listSources(contentDirs);
  const jobs = files.map((file): SourceJob => {
    const cached = manifest.sources.get(file);
    const previousHash = cached ? manifest.outputs.get(articleOutput(cached.item.id)) : undefined;
    return { file, ...(cached ? { cached } : {}), ...(previousHash ? { previousHash } : {}) };
  });
  const summaries: Summary[] = [];
  const outputs = new Map<string, string>();
  const problems: string[] = [];
  let parsed = 0;
  const collect = (done: SourcesDone) => {
    summaries.push(...done.summaries);
    for (const [relative, hash] of done.outputs) outputs.set(relative, hash);
    problems.push(...done.problems);
    parsed += done.parsed;
  };
  const threadCount = threads ?? (jobs.length >= PARALLEL_FROM ? defaultThreads() : 1);
  if (threadCount > 1) {
    await readSourcesInThreads(jobs, writer, threadCount, collect);
  } else {
    collect(
      readSources(jobs, (relative, data, previousHash) =>
        writer.write(relative, data, previousHash),
      ),
    );
  }

  // Sorted by file, the problems, sitemap and manifest come out alike whatever the listing order.
  summaries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  problems.push(...checkSummaries(summaries));
  if (problems.length > 0) throw new ContentError(problems.sort());

  const feedPages: [string, unknown][] = [];
  const feeds = groupFeeds(summaries);
  for (const [prefix, items] of feeds) {
    const lang =
      items[0]?.lang ?? LANGS.find((candidate) => prefix.startsWith(`${candidate}/`)) ?? 'ru';
    for (const page of paginate(lang, items.sort(newestFirst), pageSize)) {
      feedPages.push([`${prefix}/${page.page}.json`, page]);
    }
  }
  feedPages.push(...Object.entries(jsonSchemas()));
  for (const [relative, data] of feedPages) {
    outputs.set(relative, writer.write(relative, data, manifest.outputs.get(relative)));
  }

  const stale = [...manifest.outputs.keys()].filter((relative) => !outputs.has(relative));
  for (const relative of stale) rmSync(path.join(outDir, relative), { force: true });
  const siteFiles = site ? await writeSiteFiles(site, summaries, feeds) : 0;

  const token = randomUUID();
  await writeManifest(manifestFile, { token, logic }, {
    sources: new Map(summaries.map((summary) => [summary.file, summary])),
    outputs,
  });
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, TOKEN_NAME), token);

  return {
    articles: summaries.length,
    parsed,
    written: writer.written + siteFiles,
    deleted: stale.length,
    outputs: outputs.size,
  };
}
