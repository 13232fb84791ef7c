import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import * as v from 'valibot';
import { FeedPageSchema } from '../../src/features/articles/model/feed-schema.ts';
import { LANGS, type Lang } from '../../src/shared/i18n/languages.ts';
import { RUBRICS } from '../../src/shared/i18n/rubrics.ts';
import {
  buildFingerprint,
  defaultManifestFile,
  inputSignatures,
  PRERENDER_TOKEN,
  readPrerenderManifest,
  removePagesExcept,
  openPrerenderManifest,
  type PageEntry,
} from './prerender-manifest.ts';
import { articlePath, editionPath, feedPagePath, rubricPath } from '../../src/shared/lib/paths.ts';
import { FailedReplySchema, nextReply, startTsWorker } from '../lib/ts-worker.ts';
import { fileForPath, notFoundFileOf, storyPageOf } from './page-files.ts';
import { articleOutput } from '../content/article-sources.ts';
import { decodeUtf8 } from '../lib/utf8.ts';

/** What the server entry (src/entry-server.tsx) renders, checked as it crosses into the build. */
export const RenderResultSchema = v.variant('kind', [
  v.object({ kind: v.literal('redirect'), status: v.number(), location: v.string() }),
  v.object({
    kind: v.literal('page'),
    status: v.number(),
    lang: v.string(),
    head: v.string(),
    html: v.string(),
    pageData: v.string(),
  }),
]);

export interface PrerenderOptions {
  /** The built site: index.html is the template, pages are written beside it. */
  siteDir: string;
  /** Where the built JSON API lies, and the base the app fetches it from. */
  apiDir: string;
  apiBase: string;
  origin: string;
  /** The app's server bundle (built from src/entry-server.tsx). */
  serverEntry: string;
  threads?: number;
  /** Where the record of the last prerender lives, outside the published folder. */
  manifestFile?: string;
}

export interface PrerenderReport {
  /** Pages the build knows, all written: rendered now or kept from the last prerender. */
  pages: number;
  rendered: number;
  /** Pages of the last prerender that the build no longer knows. */
  deleted: number;
  seconds: number;
}

/**
 * The API as the loaders see it, read from the built files: prerendering needs no server. Only
 * the API base is answered; anything else is a programming error worth failing the build for.
 */
export function localApiFetch(apiBase: string, apiDir: string): typeof fetch {
  const prefix = `${apiBase}/`;
  const root = path.resolve(apiDir);
  // Many stories share a rubric's or a tag's first page: keep recent feed pages at hand.
  const feeds = new Map<string, Buffer | undefined>();
  const read = (file: string): Buffer | undefined => {
    const shared = !file.startsWith(path.join(root, 'articles') + path.sep);
    if (shared && feeds.has(file)) return feeds.get(file);
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(file);
    } catch {
      bytes = undefined;
    }
    if (shared) {
      if (feeds.size >= 2000) feeds.delete(feeds.keys().next().value ?? '');
      feeds.set(file, bytes);
    }
    return bytes;
  };
  const json = { 'Content-Type': 'application/json; charset=utf-8' };
  return (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(prefix)) {
      return Promise.reject(new Error(`prerendering fetched ${url}, outside the API`));
    }
    const relative = decodeURIComponent(url.slice(prefix.length).split('?')[0] ?? '');
    const file = path.resolve(root, relative);
    // Reading synchronously is the quick way for thousands of small files in a build script.
    const bytes = file.startsWith(root + path.sep) ? read(file) : undefined;
    return Promise.resolve(
      bytes
        ? new Response(new Uint8Array(bytes), { status: 200, headers: json })
        : new Response('{"error":"not found"}', { status: 404, headers: json }),
    );
  };
}

async function readFeed(apiDir: string, relative: string) {
  const file = path.join(apiDir, relative);
  if (!existsSync(file)) return undefined;
  return v.parse(FeedPageSchema, JSON.parse(decodeUtf8(await readFile(file))));
}

/** Every page the build knows (in the given editions), by walking the feeds it published. */
export async function* knownPages(
  apiDir: string,
  langs: readonly Lang[] = LANGS,
): AsyncGenerator<string> {
  for (const lang of langs) {
    let pageCount = 1;
    for (let page = 1; page <= pageCount; page++) {
      const feed = await readFeed(apiDir, `${lang}/latest/${page}.json`);
      if (!feed) break;
      pageCount = feed.pageCount;
      yield feedPagePath(lang, page);
      for (const item of feed.items) yield articlePath(lang, item);
    }
    for (const rubric of RUBRICS) {
      const first = await readFeed(apiDir, `${lang}/rubrics/${rubric}/1.json`);
      // A rubric without stories still has its page, saying so.
      for (let page = 1; page <= (first?.pageCount ?? 1); page++) {
        yield rubricPath(lang, rubric, page);
      }
    }
  }
}

/** The pages served for paths the build does not know, per edition (no data: the app renders). */
export function notFoundPages(): { url: string; file: string; lang: Lang }[] {
  return LANGS.map((lang) => ({
    url: `${editionPath(lang)}404`,
    file: notFoundFileOf(lang),
    lang,
  }));
}

export interface PageParts {
  lang: string;
  head: string;
  html: string;
  /** Omitted for pages served at other URLs than their own (404). */
  pageData?: string;
}

/**
 * The app's index.html as a function of one page. A thread prepares it once: its patterns are
 * then matched once, not for each of tens of thousands of pages.
 */
export function templateFiller(template: string): (page: PageParts) => string {
  const slot = (html: string, pattern: RegExp, name: string) => {
    if (!pattern.test(html)) throw new Error(`index.html has no ${String(pattern)}`);
    return html.replace(pattern, () => `\uE000${name}\uE000`);
  };
  let html = slot(template, /<html lang="[^"]*">/, 'lang');
  html = slot(html, /<title>[^<]*<\/title>/, 'head');
  // The page's head links its edition's manifest in place of the shell's.
  html = html.replace(/<link rel="manifest"[^>]*>\s*/, '');
  // The page reads whole without scripts, so the "turn JavaScript on" note goes.
  html = html.replace(/<noscript>[\s\S]*?<\/noscript>/, '');
  html = slot(html, /<div id="root"><\/div>/, 'root');
  // Text, then a slot's name, text, a name…: the names sit at the odd places.
  const parts = html.split(/\uE000(lang|head|root)\uE000/);
  return (page) => {
    const data = page.pageData
      ? `<script type="application/json" id="page-data">${page.pageData}</script>`
      : '';
    const slots: Record<string, string> = {
      lang: `<html lang="${page.lang}">`,
      head: page.head,
      root: `<div id="root">${page.html}</div>${data}`,
    };
    return parts.map((part, index) => (index % 2 === 1 ? (slots[part] ?? '') : part)).join('');
  };
}

/** Fills the app's index.html with one page. */
export function fillTemplate(template: string, page: PageParts): string {
  return templateFiller(template)(page);
}

/** What each prerendering thread is started with. */
export const WorkerSetupSchema = v.object({
  siteDir: v.string(),
  apiDir: v.string(),
  apiBase: v.string(),
  origin: v.string(),
  serverEntry: v.string(),
  template: v.string(),
});

/** One page to render: a page the build knows, or a not-found page (written without data). */
export const PageJobSchema = v.object({ url: v.string(), file: v.string(), notFound: v.boolean() });
type PageJob = v.InferOutput<typeof PageJobSchema>;

/** A page written, with the API files (below the API root) it was rendered from. */
const PageDoneSchema = v.object({ url: v.string(), file: v.string(), inputs: v.array(v.string()) });
export type PageDone = v.InferOutput<typeof PageDoneSchema>;

const WorkerReplySchema = v.variant('kind', [
  v.object({ kind: v.literal('ready') }),
  v.object({ kind: v.literal('done'), pages: v.array(PageDoneSchema) }),
  FailedReplySchema,
]);
export type WorkerReply = v.InferOutput<typeof WorkerReplySchema>;

/** Pages per message to a thread: few enough messages, small enough to share out evenly. */
const BATCH = 64;

function startWorker(setup: v.InferOutput<typeof WorkerSetupSchema>): Worker {
  return startTsWorker(new URL('./prerender-worker.ts', import.meta.url), setup);
}

/**
 * One edition's pages to render, in batches: those whose inputs changed since the last
 * prerender. The others are kept as they are.
 */
async function* jobs(
  apiDir: string,
  lang: Lang,
  previous: Map<string, PageEntry> | undefined,
  inputs: ReturnType<typeof inputSignatures>,
  keep: (entry: PageEntry) => Promise<void>,
  files: Set<string>,
): AsyncGenerator<PageJob[]> {
  let batch: PageJob[] = [];
  const pages = async function* () {
    for await (const url of knownPages(apiDir, [lang]))
      yield { url, file: fileForPath(url), notFound: false };
    for (const page of notFoundPages()) {
      if (page.lang === lang) yield { url: page.url, file: page.file, notFound: true };
    }
  };
  for await (const job of pages()) {
    files.add(job.file);
    const entry = previous?.get(job.url);
    // What is left of the last prerender's pages at the end is no longer known.
    previous?.delete(job.url);
    if (entry && entry.file === job.file && inputs.unchanged(entry.inputs)) {
      await keep(entry);
      continue;
    }
    batch.push(job);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** An iterator whose next result can be looked at before it is taken. */
function peekable<T>(iterator: AsyncIterator<T>) {
  let head: Promise<IteratorResult<T>> | undefined;
  return {
    peek: () => (head ??= iterator.next()),
    next: () => {
      const next = head ?? iterator.next();
      head = undefined;
      return next;
    },
  };
}

/**
 * Reads the story files of a batch's pages just handed out, so that they are in memory when its
 * thread gets to them (it is still rendering the batch before). A file the content build wrote
 * a minute earlier may have been evicted again by then (this machine reclaims page cache that
 * has gone cold), and a rendering thread that waits for the disk leaves its core idle. The main
 * thread reads synchronously: a warm file then costs a few system calls rather than four trips
 * through libuv's pool. A cold one blocks this thread for the disk, not a rendering one: each
 * rendering thread has a second batch queued meanwhile (only the first batches gain nothing).
 * Only a page's own story is read ahead; its translation is read when the other edition's queue
 * gets there, which may be later.
 */
function readAhead(apiDir: string, batch: readonly PageJob[]): void {
  for (const { url } of batch) {
    const story = storyPageOf(url);
    if (!story) continue;
    try {
      readFileSync(path.join(apiDir, articleOutput(story.id)));
    } catch {
      // A story without its file fails its page's render, which says so.
    }
  }
}

/** Threads to render in: one per core, the main thread only hands out pages. */
function defaultThreads(): number {
  return Math.max(1, Math.min(os.availableParallelism(), 4));
}

/**
 * Renders the pages the build knows in worker threads, each with the app's server bundle
 * (`serverEntry`, built from src/entry-server.tsx) and the built API's files as its data. A
 * re-run renders only the pages whose inputs changed and deletes those no longer known.
 */
export async function prerender({
  siteDir,
  apiDir,
  apiBase,
  origin,
  serverEntry,
  threads = defaultThreads(),
  manifestFile = defaultManifestFile(siteDir),
}: PrerenderOptions): Promise<PrerenderReport> {
  const started = performance.now();
  const template = await readFile(path.join(siteDir, 'index.html'), 'utf8');
  const build = await buildFingerprint({ template, serverEntry, origin, apiBase });
  const previous = await readPrerenderManifest(manifestFile, siteDir, build);
  // A prerender cut short leaves no token, so the next one trusts nothing it half wrote.
  await rm(path.join(siteDir, PRERENDER_TOKEN), { force: true });

  const inputs = inputSignatures(apiDir);
  const manifest = await openPrerenderManifest(manifestFile, build);
  let pages = 0;
  const record = async (entry: PageEntry) => {
    pages++;
    await manifest.put(entry);
  };
  // One queue of pages per edition. Each thread has a home edition and takes another's pages
  // only once its own are done: two threads creating entries in one folder (every story's page
  // is made in {lang}/news/) wait on each other in the file system, and that doubled the cost
  // of a page's writes.
  // The files of this prerender's pages: a story whose slug changed has a new address but the
  // same file, which the old address's entry must not take with it.
  const files = new Set<string>();
  const queues = LANGS.map((lang) => peekable(jobs(apiDir, lang, previous, inputs, record, files)));
  const setup = { siteDir, apiDir, apiBase, origin, serverEntry, template };
  // Threads cost a second to start: none when nothing changed.
  const firsts = await Promise.all(queues.map((queue) => queue.peek()));
  const workers = firsts.every((first) => first.done)
    ? []
    : Array.from({ length: threads }, () => startWorker(setup));
  let rendered = 0;
  // Once one thread's work has failed, the prerender has: the others take no more pages.
  let failed = false;
  const nextBatch = async (home: number): Promise<PageJob[] | undefined> => {
    for (let offset = 0; offset < queues.length; offset++) {
      const next = await queues[(home + offset) % queues.length]?.next();
      if (next && !next.done) return next.value;
    }
    return undefined;
  };
  try {
    await Promise.all(
      workers.map(async (worker, index) => {
        // Two batches in flight: a thread that finishes one starts the next at once, without
        // waiting for this thread to record its pages and hand out another.
        let inFlight = 0;
        const handOut = async () => {
          if (failed) return;
          const batch = await nextBatch(index);
          if (!batch) return;
          worker.postMessage(batch);
          inFlight++;
          readAhead(apiDir, batch);
        };
        try {
          await nextReply(worker, WorkerReplySchema);
          await handOut();
          await handOut();
          while (inFlight > 0) {
            const done = await nextReply(worker, WorkerReplySchema);
            inFlight--;
            await handOut();
            if (done.kind === 'done') {
              for (const page of done.pages) {
                await record({ ...page, inputs: inputs.of(page.inputs) });
              }
              rendered += done.pages.length;
            }
          }
        } catch (error) {
          // Whatever failed (a thread, a feed, the manifest), the others take no more pages.
          failed = true;
          throw error;
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  const stale = [...(previous?.values() ?? [])];
  let deleted = stale.length;
  if (previous) {
    await Promise.all(
      stale
        .filter(({ file }) => !files.has(file))
        .map(({ file }) => rm(path.join(siteDir, file), { force: true })),
    );
  } else {
    // Nothing of the last prerender could be trusted: whatever this one did not write goes. A
    // render that fails before this leaves the old pages beside the new: not a site to publish.
    deleted = await removePagesExcept(siteDir, files);
  }
  await manifest.finish(siteDir);
  return {
    pages,
    rendered,
    deleted,
    seconds: (performance.now() - started) / 1000,
  };
}
