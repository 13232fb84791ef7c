import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { apiOutputDir } from '../../src/shared/api/parse-api-base.ts';
import type { Lang } from '../../src/shared/i18n/languages.ts';
import { appStage, keptAppCode } from '../app/app-stage.ts';
import { apiStage } from '../content/api-stage.ts';
import { feedKey } from '../content/feeds.ts';
import { loadStage } from '../content/load-stage.ts';
import { picturesStage } from '../pictures/pictures-stage.ts';
import { pagesStage } from '../prerender/pages-stage.ts';
import { publishStage } from '../publish/publish-stage.ts';
import { searchStage } from '../search/search-stage.ts';
import { serviceWorkerStage } from '../pwa/service-worker-stage.ts';
import { BuildCache, defaultCacheDir, hashBytes } from './build-cache.ts';
import { BuildProblems } from './build-problems.ts';
import { codeFingerprint } from './code-fingerprint.ts';
import {
  buildInputs,
  contentListing,
  lastBuild,
  recordBuild,
  upToDateReport,
  type SiteBuildReport,
} from './up-to-date.ts';

/**
 * The site's build, stage by stage, in this order. Each stage keeps what it made in the one
 * build cache (build-cache.ts) and does again only what its inputs or its code changed, so a
 * build after a story was published, edited or deleted rewrites the files that show it and
 * nothing else, and bundles nothing.
 */
export const STAGES = [
  /** Every story's source, validated and published as its file of the API (scripts/content). */
  'load and validate',
  /** Feeds, related stories and schemas: the API across stories (scripts/content). */
  'JSON API',
  /** The stories' photos, made into the variants of their plan, once (scripts/pictures). */
  'pictures',
  /** Each edition's stories indexed for the reader's search (scripts/search). */
  'search index',
  /** The reader's code, bundled for the browser and for the server render (scripts/app). */
  'app',
  /** Every page the build knows, prerendered with the app's server bundle (scripts/prerender). */
  'pages',
  /** robots.txt, the sitemap and each edition's RSS feed (scripts/publish). */
  'sitemap and RSS',
  /** The offline worker, which precaches the app (scripts/pwa). */
  'service worker',
] as const;

export type StageName = (typeof STAGES)[number];

export interface SiteBuildOptions {
  contentDirs: readonly string[];
  /** Where the site is written. */
  siteDir: string;
  /** The API base the app fetches: a path of this site, or another site's URL. */
  apiBase: string;
  origin: string;
  /**
   * The build's clock (ms), by default the time it starts: a story published later is scheduled
   * and left out until a build at or after its time.
   */
  now?: number;
  /** For how many hours a breaking story's banner shows (site.config.json); 3 if not given. */
  breakingHours?: number;
  /** Stories per part of the search index (decision 053); SEARCH_PART_SIZE if not given. */
  searchPartSize?: number;
  /** What the app's bundles are built with (settings, VITE_ variables), see appStage. */
  appSettings: Record<string, unknown>;
  cacheDir?: string;
  /** Where the app's bundles are kept, shared by every site folder. */
  appCacheDir?: string;
  threads?: number;
  /** How many tasks it takes a stage to start its threads; by default its own measure. */
  threadsFrom?: number;
  /** Told when each stage starts and how long it took. */
  onStage?: (stage: StageName, seconds: number) => void;
}

/**
 * Empties a site folder the cache does not describe, so that a cold build starts clean: never
 * the project itself, or a folder around it.
 */
async function emptyFolder(dir: string): Promise<void> {
  const project = process.cwd();
  const holdsProject =
    dir === project ||
    project.startsWith(`${dir}${path.sep}`) ||
    existsSync(path.join(dir, 'package.json')) ||
    existsSync(path.join(dir, '.git'));
  if (holdsProject) {
    throw new BuildProblems([
      `OUT_DIR: ${dir} holds a project, not a site: the site is built into a folder of its own`,
    ]);
  }
  const entries = await readdir(dir).catch(() => []);
  await Promise.all(
    entries.map((entry) => rm(path.join(dir, entry), { recursive: true, force: true })),
  );
}

export async function buildSite(options: SiteBuildOptions): Promise<SiteBuildReport> {
  const siteDir = path.resolve(options.siteDir);
  const cache = await BuildCache.open(
    options.cacheDir ?? defaultCacheDir(siteDir),
    siteDir,
    JSON.stringify({ origin: options.origin, apiBase: options.apiBase }),
  );
  if (!cache.trusted) await emptyFolder(siteDir);
  const timed = async <T>(stage: StageName, run: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    options.onStage?.(stage, (performance.now() - started) / 1000);
    return result;
  };
  const now = options.now ?? Date.now();
  const local = options.apiBase.startsWith('/');
  const appSettings = {
    settings: options.appSettings,
    ...(options.appCacheDir ? { appCacheDir: options.appCacheDir } : {}),
  };
  const report: SiteBuildReport = {
    upToDate: false,
    bundled: false,
    bundlePeakRssMb: 0,
    stories: 0,
    parsed: 0,
    pages: 0,
    rendered: 0,
    scheduled: 0,
    pictures: 0,
  };
  try {
    // Everything the build reads, keyed before it reads any of it: the same as the last build's,
    // and there is nothing to do (up-to-date.ts).
    const code = codeFingerprint([new URL(import.meta.url)], {
      contentDirs: options.contentDirs.map((dir) => path.resolve(dir)),
      apiBase: options.apiBase,
      origin: options.origin,
      breakingHours: options.breakingHours ?? 3,
      searchPartSize: options.searchPartSize ?? 'default',
    });
    const listing = local ? contentListing(options.contentDirs) : 'no content';
    const inputsWith = (appCode: string | undefined) => buildInputs({ code, appCode, listing });
    const last = lastBuild(cache);
    const upToDate = upToDateReport(cache, last, inputsWith(keptAppCode(appSettings)), now);
    if (upToDate) return upToDate;
    const threads = {
      ...(options.threads === undefined ? {} : { threads: options.threads }),
      ...(options.threadsFrom === undefined ? {} : { threadsFrom: options.threadsFrom }),
    };
    // With the stories in another site (a CMS), the build publishes the app alone: pages of
    // content/ would not be that site's stories.
    const apiDir = path.join(siteDir, apiOutputDir(options.apiBase));
    const content = local
      ? await timed('load and validate', () =>
          loadStage({
            cache,
            contentDirs: options.contentDirs,
            apiDir,
            now,
            ...threads,
          }),
        )
      : undefined;
    const api =
      content &&
      (await timed('JSON API', () =>
        apiStage({ cache, apiDir, content, breakingHours: options.breakingHours ?? 3 }),
      ));
    if (content) {
      const pictures = await timed('pictures', () =>
        picturesStage({
          cache,
          stories: content.stories,
          ...(options.threads === undefined ? {} : { threads: options.threads }),
        }),
      );
      report.pictures = pictures.made;
      await timed('search index', () =>
        searchStage({
          cache,
          apiDir,
          content,
          ...(options.searchPartSize === undefined ? {} : { partSize: options.searchPartSize }),
        }),
      );
    }
    const app = await timed('app', () => appStage({ cache, ...appSettings }));
    report.bundled = app.bundled;
    report.bundlePeakRssMb = app.peakRssMb;
    if (content && api) {
      report.stories = content.stories.size;
      report.parsed = content.parsed;
      report.scheduled = content.scheduled;
      report.nextScheduled = content.nextScheduled;
      const pages = await timed('pages', () =>
        pagesStage({
          cache,
          serverEntry: app.serverEntry,
          template: app.template,
          apiDir,
          origin: options.origin,
          stories: content.stories,
          feedSizes: () => new Map([...api.feeds()].map(([key, { items }]) => [key, items.length])),
          apiFiles: () => new Map([...content.files, ...api.files()]),
          apiKey: hashBytes(`${content.key}\n${api.key}`),
          ...threads,
        }),
      );
      // Every page as it was: as many as last time.
      report.pages = pages.pages ?? last?.report.pages ?? 0;
      report.rendered = pages.rendered;
      await timed('sitemap and RSS', () => {
        publishStage({
          cache,
          origin: options.origin,
          stories: content.stories,
          latest: (lang: Lang) => api.feeds().get(feedKey({ lang, kind: 'latest' }))?.items ?? [],
          versions: content.key,
        });
      });
    }
    await timed('service worker', () =>
      serviceWorkerStage({ cache, apiBase: options.apiBase, appCode: app.code }),
    );
    // Unless another site's build, with other settings, replaced the kept bundles meanwhile:
    // then the pages may be that build's, and the next build renders them again.
    if (keptAppCode(appSettings) === app.code)
      recordBuild(cache, inputsWith(app.code), now, report);
  } finally {
    await cache.commit();
  }
  return report;
}
