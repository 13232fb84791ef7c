import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { FeedPageSchema } from '../../src/features/articles/model/feed-schema.ts';
import { LANGS, type Lang } from '../../src/shared/i18n/languages.ts';
import { RUBRICS } from '../../src/shared/i18n/rubrics.ts';
import { articlePath, editionPath, feedPagePath, rubricPath } from '../../src/shared/lib/paths.ts';
import { pool } from '../lib/pool.ts';

/** What the server entry (src/entry-server.tsx) renders, checked as it crosses into the build. */
const RenderResultSchema = v.variant('kind', [
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

export type Render = (url: string, site: { origin: string }) => Promise<unknown>;

export interface PrerenderOptions {
  /** The built site: index.html is the template, pages are written beside it. */
  siteDir: string;
  /** Where the built JSON API lies, and the base the app fetches it from. */
  apiDir: string;
  apiBase: string;
  origin: string;
  render: Render;
  concurrency?: number;
}

export interface PrerenderReport {
  pages: number;
  seconds: number;
}

/** Where a page's HTML goes: /ru/ → ru/index.html, /ru/news/1/slug → ru/news/1/slug.html. */
export function fileForPath(pathname: string): string {
  const clean = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (clean.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`refusing to write a page outside the site: ${pathname}`);
  }
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  return `${clean}.html`;
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
  return v.parse(FeedPageSchema, JSON.parse(await readFile(file, 'utf8')));
}

/** Every page the build knows, by walking the feeds it published. */
export async function* knownPages(apiDir: string): AsyncGenerator<string> {
  for (const lang of LANGS) {
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
    file: lang === LANGS[0] ? '404.html' : `${lang}/404.html`,
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

/** Fills the app's index.html with one page. */
export function fillTemplate(template: string, page: PageParts): string {
  const fill = (html: string, pattern: RegExp, value: string) => {
    if (!pattern.test(html)) throw new Error(`index.html has no ${String(pattern)}`);
    return html.replace(pattern, () => value);
  };
  let html = fill(template, /<html lang="[^"]*">/, `<html lang="${page.lang}">`);
  html = fill(html, /<title>[^<]*<\/title>/, page.head);
  // The page's head links its edition's manifest in place of the shell's.
  html = html.replace(/<link rel="manifest"[^>]*>\s*/, '');
  // The page reads whole without scripts, so the "turn JavaScript on" note goes.
  html = html.replace(/<noscript>[\s\S]*?<\/noscript>/, '');
  const data = page.pageData
    ? `<script type="application/json" id="page-data">${page.pageData}</script>`
    : '';
  html = fill(html, /<div id="root"><\/div>/, `<div id="root">${page.html}</div>${data}`);
  return html;
}

export async function prerender({
  siteDir,
  apiDir,
  apiBase,
  origin,
  render,
  concurrency = 8,
}: PrerenderOptions): Promise<PrerenderReport> {
  const started = performance.now();
  const template = await readFile(path.join(siteDir, 'index.html'), 'utf8');
  const madeDirs = new Set<string>();
  const write = async (relative: string, html: string) => {
    const file = path.join(siteDir, relative);
    const dir = path.dirname(file);
    if (!madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      madeDirs.add(dir);
    }
    await writeFile(file, html);
  };

  const originalFetch = globalThis.fetch;
  globalThis.fetch = localApiFetch(apiBase, apiDir);
  let pages = 0;
  try {
    await pool(knownPages(apiDir), concurrency, async (url) => {
      const result = v.parse(RenderResultSchema, await render(url, { origin }));
      if (result.kind !== 'page' || result.status !== 200) {
        throw new Error(`${url}: a page the build knows rendered ${result.status}, not 200`);
      }
      await write(fileForPath(url), fillTemplate(template, result));
      pages++;
    });
    for (const { url, file } of notFoundPages()) {
      const result = v.parse(RenderResultSchema, await render(url, { origin }));
      if (result.kind !== 'page') throw new Error(`${url}: the not-found page redirected`);
      const { lang, head, html } = result;
      await write(file, fillTemplate(template, { lang, head, html }));
      pages++;
    }
  } finally {
    globalThis.fetch = originalFetch;
  }
  return { pages, seconds: (performance.now() - started) / 1000 };
}
