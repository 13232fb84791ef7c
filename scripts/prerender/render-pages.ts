import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { writeIfChanged } from '../pipeline/build-cache.ts';

/**
 * The work of the pages stage on each page to render: the app's server bundle renders it from
 * the API's files, the result fills the app's index.html, and the page is written unless its
 * bytes did not change. Runs on the build's own thread or on a pool of threads (pages-stage.ts).
 */

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

export interface PageParts {
  lang: string;
  head: string;
  html: string;
  /** Omitted for pages served at other addresses than their own (404). */
  pageData?: string;
}

/**
 * The app's index.html as a function of one page: its patterns are matched once, not for each
 * of tens of thousands of pages.
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

export const RenderSetupSchema = v.object({
  /** The app's server bundle (built from src/entry-server.tsx), and the hash of its bytes. */
  serverEntry: v.string(),
  serverHash: v.string(),
  /** The app's index.html, which every page fills. */
  template: v.string(),
  siteDir: v.string(),
  apiDir: v.string(),
  origin: v.string(),
});

export const RenderTaskSchema = v.object({
  setup: RenderSetupSchema,
  pages: v.array(
    v.object({
      url: v.string(),
      file: v.string(),
      /** Rendered without the data to hydrate with: served at other addresses (404). */
      notFound: v.boolean(),
      previousHash: v.optional(v.string()),
    }),
  ),
});
export type RenderTask = v.InferOutput<typeof RenderTaskSchema>;

export const RenderedSchema = v.array(
  v.object({
    url: v.string(),
    file: v.string(),
    hash: v.string(),
    /** The API files (below the API root) the page was rendered from. */
    inputs: v.array(v.string()),
  }),
);
export type Rendered = v.InferOutput<typeof RenderedSchema>;

const ServerEntrySchema = v.object({ render: v.function() });

interface Renderer {
  render: (...args: unknown[]) => unknown;
  fill: (page: PageParts) => string;
}

/** Each thread loads a server bundle once (by its bytes' hash), for every task it is given. */
const renderers = new Map<string, Promise<Renderer>>();

function rendererOf(setup: v.InferOutput<typeof RenderSetupSchema>): Promise<Renderer> {
  const key = `${setup.serverHash}\0${setup.template}`;
  let renderer = renderers.get(key);
  if (!renderer) {
    const url = pathToFileURL(path.resolve(setup.serverEntry));
    // A bundle made again at the same path is another module: its hash tells them apart.
    url.searchParams.set('v', setup.serverHash);
    renderer = import(url.href).then((module) => ({
      render: v.parse(ServerEntrySchema, module).render,
      fill: templateFiller(setup.template),
    }));
    renderers.set(key, renderer);
  }
  return renderer;
}

/**
 * The build answers every query from the API's files (see entry-server.tsx); whatever the files
 * do not answer is not there to be had, and the build never goes to the network for it.
 */
const offline: typeof fetch = () => Promise.resolve(new Response('', { status: 404 }));

/** The API's file as JSON, or undefined where there is none (a tag without stories). */
function readApiFile(apiDir: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(path.join(apiDir, file), 'utf8');
  } catch {
    return undefined;
  }
  const data: unknown = JSON.parse(text);
  return data;
}

/** Renders and writes the pages of one task. */
export async function renderPages(input: unknown): Promise<Rendered> {
  const { setup, pages } = v.parse(RenderTaskSchema, input);
  const { render, fill } = await rendererOf(setup);
  const online = globalThis.fetch;
  globalThis.fetch = offline;
  try {
    return await renderEach(pages, setup, render, fill);
  } finally {
    globalThis.fetch = online;
  }
}

async function renderEach(
  pages: RenderTask['pages'],
  setup: RenderTask['setup'],
  render: Renderer['render'],
  fill: Renderer['fill'],
): Promise<Rendered> {
  const rendered: Rendered = [];
  for (const page of pages) {
    const inputs = new Set<string>();
    const result = v.parse(
      RenderResultSchema,
      await render(page.url, {
        origin: setup.origin,
        readApiFile: (file: string) => {
          inputs.add(file);
          return readApiFile(setup.apiDir, file);
        },
      }),
    );
    if (result.kind !== 'page') throw new Error(`${page.url}: redirected to another page`);
    if (!page.notFound && result.status !== 200) {
      throw new Error(`${page.url}: a page the build knows rendered ${result.status}, not 200`);
    }
    const { lang, head, html, pageData } = result;
    const text = fill(page.notFound ? { lang, head, html } : { lang, head, html, pageData });
    const hash = writeIfChanged(setup.siteDir, page.file, text, page.previousHash);
    rendered.push({ url: page.url, file: page.file, hash, inputs: [...inputs].sort() });
  }
  return rendered;
}
