import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { FEED_PAGE_SIZE, type Feed } from '../../src/shared/contract/api-files.ts';
import { LANGS } from '../../src/shared/i18n/languages.ts';
import { RUBRICS } from '../../src/shared/i18n/rubrics.ts';
import { editionPath, pathOf, type Address } from '../../src/shared/lib/paths.ts';
import { feedKey } from '../content/feeds.ts';
import type { Story } from '../content/load-sources.ts';
import { hashBytes, type BuildCache } from '../pipeline/build-cache.ts';
import { codeFingerprint } from '../pipeline/code-fingerprint.ts';
import { defaultThreads, runTasks } from '../pipeline/threads.ts';
import { notFoundFileOf, pageFileOf, storyRedirectFileOf } from './page-files.ts';
import { renderPages, RenderedSchema, type RenderTask } from './render-pages.ts';
import { storyRedirectPage } from './story-redirect.ts';

/**
 * Stage "pages": every page the build knows, rendered to HTML with the app's own routes and
 * components (decision 006), from the API the stages before it published. A page is rendered
 * again only when a file it was rendered from changed, or the code that renders it did.
 */

/** What the stage remembers of a page. */
const PageUnitSchema = v.object({
  file: v.string(),
  hash: v.string(),
  /** The API files it was rendered from, and a hash of their hashes. */
  inputs: v.array(v.string()),
  inputsHash: v.string(),
});

/** Below this many pages to render the build's own thread renders them (see threads.ts). */
const THREADS_FROM = 200;
/** Pages per task. */
const BATCH = 64;

interface PageJob {
  url: string;
  file: string;
  notFound: boolean;
}

/** Every page the build knows: feeds and their archives, rubrics, stories, not-found pages. */
export function* knownPages(
  stories: Iterable<Story>,
  feedSizes: ReadonlyMap<string, number>,
): Generator<PageJob> {
  const page = (address: Address): PageJob => ({
    url: pathOf(address),
    file: pageFileOf(address),
    notFound: false,
  });
  const pageCount = (feed: Feed) => Math.ceil((feedSizes.get(feedKey(feed)) ?? 0) / FEED_PAGE_SIZE);
  for (const lang of LANGS) {
    yield page({ shape: 'front', lang });
    for (let n = 1; n <= pageCount({ lang, kind: 'latest' }); n++) {
      yield page({ shape: 'latestPage', lang, page: String(n) });
    }
    for (const rubric of RUBRICS) {
      yield page({ shape: 'rubric', lang, rubric });
      for (let n = 1; n <= pageCount({ lang, kind: 'rubrics', key: rubric }); n++) {
        yield page({ shape: 'rubricPage', lang, rubric, page: String(n) });
      }
    }
    yield page({ shape: 'search', lang });
    yield { url: `${editionPath(lang)}404`, file: notFoundFileOf(lang), notFound: true };
  }
  for (const { item } of stories) {
    yield page({ shape: 'story', lang: item.lang, id: item.id, slug: item.slug });
  }
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export async function pagesStage({
  cache,
  serverEntry,
  template,
  apiDir,
  origin,
  stories,
  feedSizes,
  apiFiles,
  apiKey,
  threads = defaultThreads(),
  threadsFrom = THREADS_FROM,
}: {
  cache: BuildCache;
  /** The app's server bundle and index.html (the app stage's). */
  serverEntry: string;
  template: string;
  apiDir: string;
  origin: string;
  stories: ReadonlyMap<string, Story>;
  /** How many stories each feed holds, by its key (see feedKey), asked for only if needed. */
  feedSizes: () => ReadonlyMap<string, number>;
  /** Every file of the API, with the hash of its bytes, asked for only if needed. */
  apiFiles: () => ReadonlyMap<string, string>;
  /** A key of the API's files: the same as last time, and every page is as it was. */
  apiKey: string;
  threads?: number;
  /** How much work it takes to start threads (see THREADS_FROM). */
  threadsFrom?: number;
}): Promise<{ pages: number | undefined; rendered: number }> {
  const { siteDir } = cache;
  const serverHash = hashBytes(readFileSync(serverEntry));
  const code = codeFingerprint([new URL(import.meta.url)], {
    origin,
    api: path.relative(siteDir, apiDir),
    template: hashBytes(template),
    server: serverHash,
  });
  const record = cache.stage('pages', code, PageUnitSchema);
  const { outputs } = record;
  // The same API as last time: every page is as it was.
  if (record.keptAsBefore(apiKey)) {
    record.finish();
    return { pages: undefined, rendered: 0 };
  }
  const files = apiFiles();
  const inputsHash = (inputs: readonly string[]) =>
    hashBytes(inputs.map((file) => `${file}\0${files.get(file) ?? ''}`).join('\n'));

  let pages = 0;
  const jobs: RenderTask['pages'] = [];
  for (const page of knownPages(stories.values(), feedSizes())) {
    pages++;
    const before = record.previous.get(page.url);
    if (before?.file === page.file && before.inputsHash === inputsHash(before.inputs)) {
      record.units.set(page.url, before);
      outputs.keep(before.file);
      continue;
    }
    const previousHash = outputs.previous.get(page.file);
    jobs.push({ ...page, ...(previousHash === undefined ? {} : { previousHash }) });
  }
  for (const story of stories.values()) {
    outputs.write(
      storyRedirectFileOf(story.item.lang, story.item.id),
      storyRedirectPage(origin, story),
    );
  }

  const setup = { serverEntry, serverHash, template, siteDir, apiDir, origin };
  await runTasks({
    module: new URL('./render-pages.ts', import.meta.url),
    name: renderPages.name,
    tasks: Array.from(batches(jobs, BATCH), (batch): RenderTask => ({ setup, pages: batch })),
    result: RenderedSchema,
    threads: jobs.length >= threadsFrom ? threads : 1,
    onResult: (rendered) => {
      for (const { url, file, hash, inputs } of rendered) {
        record.units.set(url, { file, hash, inputs, inputsHash: inputsHash(inputs) });
        outputs.record(file, hash);
      }
    },
  });
  record.finish();
  return { pages, rendered: jobs.length };
}
