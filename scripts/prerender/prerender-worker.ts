/**
 * One prerendering thread: loads the app's server bundle once, then renders the batches of
 * pages the main thread sends and writes their HTML. See prerender.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import * as v from 'valibot';
import { encodeUtf8 } from '../lib/utf8.ts';
import { apiFileOfQuery } from '../../src/app/ssr/api-file-of-query.ts';
import { builtApiData } from './built-api-data.ts';
import {
  templateFiller,
  localApiFetch,
  PageJobSchema,
  RenderResultSchema,
  WorkerSetupSchema,
  type PageDone,
  type WorkerReply,
} from './prerender.ts';

const setup = v.parse(WorkerSetupSchema, workerData);
// React's production build: the development one renders several times slower.
process.env.NODE_ENV = 'production';
// The server bundle's exports are checked like any other input before they are called.
const { render } = v.parse(
  v.object({ render: v.function() }),
  await import(pathToFileURL(path.resolve(setup.serverEntry)).href),
);
// Whatever the build has not published (a feed with no stories yet) is fetched as the browser
// would, and answered from the same files.
globalThis.fetch = localApiFetch(setup.apiBase, setup.apiDir);
const read = builtApiData(setup.apiDir);
const fillTemplate = templateFiller(setup.template);
const madeDirs = new Set<string>();

function write(relative: string, html: string) {
  const file = path.join(setup.siteDir, relative);
  const dir = path.dirname(file);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  // This thread does nothing else meanwhile: a synchronous write spares a promise per page.
  writeFileSync(file, encodeUtf8(html));
}

async function renderPage(job: v.InferOutput<typeof PageJobSchema>): Promise<PageDone> {
  const inputs = new Set<string>();
  const known = (queryKey: readonly unknown[]) => {
    const relative = apiFileOfQuery(queryKey);
    if (relative === undefined) return undefined;
    inputs.add(relative);
    return read(relative);
  };
  const result = v.parse(
    RenderResultSchema,
    await render(job.url, { origin: setup.origin, known }),
  );
  if (result.kind !== 'page') throw new Error(`${job.url}: redirected to another page`);
  if (job.notFound) {
    const { lang, head, html } = result;
    write(job.file, fillTemplate({ lang, head, html }));
  } else {
    if (result.status !== 200) {
      throw new Error(`${job.url}: a page the build knows rendered ${result.status}, not 200`);
    }
    write(job.file, fillTemplate(result));
  }
  return { url: job.url, file: job.file, inputs: [...inputs].sort() };
}

if (!parentPort) throw new Error('prerender-worker.ts runs as a worker thread (see prerender.ts)');
const port = parentPort;

/** Renders one batch and answers it: with its pages, or with why it failed. */
async function answer(message: unknown): Promise<void> {
  let reply: WorkerReply;
  try {
    const jobs = v.parse(v.array(PageJobSchema), message);
    const done: PageDone[] = [];
    for (const job of jobs) done.push(await renderPage(job));
    reply = { kind: 'done', pages: done };
  } catch (error) {
    reply = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
}

// Batches arrive while one is being rendered (see prerender.ts): each waits for the one before,
// so they are answered in the order they came.
let turn = Promise.resolve();
port.on('message', (message: unknown) => {
  turn = turn.then(() => answer(message));
});
port.postMessage({ kind: 'ready' } satisfies WorkerReply);
