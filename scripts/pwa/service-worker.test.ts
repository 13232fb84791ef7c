// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { OFFLINE_COPY_HEADER } from '../../src/shared/api/connectivity.ts';
import {
  API_LIMITS,
  apiUrlPattern,
  LIVE_LIMITS,
  markOfflineCopy,
  STORY_FILES,
  PAGES_LIMITS,
  PICTURE_URL_PATTERN,
  PICTURES_LIMITS,
  PRECACHE_GLOBS,
  SEARCH_HASHED_PATTERN,
  SEARCH_INDEX_PATTERN,
  SEARCH_LIMITS,
  serviceWorkerOptions,
} from './service-worker.ts';

/** Workbox's rule for a RegExp route: anywhere in a same-origin URL, from the start otherwise. */
function routes(pattern: RegExp, href: string, siteOrigin = 'https://news.example.kg'): boolean {
  const match = pattern.exec(href);
  if (!match) return false;
  return new URL(href).origin === siteOrigin || match.index === 0;
}

describe('the service worker’s caching', () => {
  const options = serviceWorkerOptions('/api/v1', 'dist');
  const runtime = options.runtimeCaching ?? [];

  it('precaches the shell, hashed assets, icons and manifests, never pages or the API', () => {
    expect(PRECACHE_GLOBS).toEqual([
      'assets/**/*.{js,css}',
      'index.html',
      'favicon.svg',
      'icons/*.png',
      '*/manifest.webmanifest',
    ]);
    expect(options.globPatterns).toBe(PRECACHE_GLOBS);
    expect(options.globDirectory).toBe('dist');
    expect(options.swDest).toBe('dist/sw.js');
    // Nothing that grows with the stories: no per-page HTML, no JSON.
    expect(PRECACHE_GLOBS.some((glob) => /\*\*\/\*\.html|json|api/.test(glob))).toBe(false);
    expect(options.navigateFallback).toBeNull();
  });

  it('waits for the reader to update, and takes over the first time at once', () => {
    expect(options.skipWaiting).toBe(false);
    expect(options.clientsClaim).toBe(true);
  });

  it('serves pages network-first within three seconds, else the kept copy or the shell', () => {
    const pages = runtime[0];
    expect(pages?.handler).toBe('NetworkFirst');
    expect(pages?.options).toMatchObject({
      cacheName: 'pages',
      networkTimeoutSeconds: 3,
      expiration: PAGES_LIMITS,
      precacheFallback: { fallbackURL: '/index.html' },
    });
  });

  it('serves stories stale-while-revalidate, in a bounded cache', () => {
    const api = runtime[1];
    expect(api?.handler).toBe('StaleWhileRevalidate');
    expect(api?.urlPattern).toEqual(apiUrlPattern('/api/v1', STORY_FILES));
    expect(api?.options).toMatchObject({ cacheName: 'api', expiration: API_LIMITS });
  });

  it('keeps the site’s pictures cache-first, at most 60, oldest out', () => {
    const pictures = runtime[2];
    expect(pictures?.handler).toBe('CacheFirst');
    expect(pictures?.options).toMatchObject({
      cacheName: 'pictures',
      expiration: { maxEntries: 60, purgeOnQuotaError: true },
      cacheableResponse: { statuses: [200] },
    });
    const pattern = PICTURE_URL_PATTERN;
    expect(routes(pattern, 'https://news.example.kg/media/0123456789abcdef0123-640.avif')).toBe(
      true,
    );
    expect(routes(pattern, 'https://news.example.kg/media/0123456789abcdef0123-og.jpg')).toBe(true);
    expect(routes(pattern, 'https://cdn.example.com/media/0123-640.avif')).toBe(false);
    expect(routes(pattern, 'https://news.example.kg/api/v1/ru/latest.json')).toBe(false);
  });

  it('serves feeds and the breaking file network-first within three seconds, marking a copy', () => {
    const live = runtime[3];
    expect(live?.handler).toBe('NetworkFirst');
    expect(live?.options).toMatchObject({
      cacheName: 'live',
      networkTimeoutSeconds: 3,
      expiration: LIVE_LIMITS,
      plugins: [markOfflineCopy],
    });
    const stories = apiUrlPattern('/api/v1', STORY_FILES);
    for (const file of ['articles/1001.json', 'related/1001.json']) {
      expect(routes(stories, `https://news.example.kg/api/v1/${file}`)).toBe(true);
    }
    for (const file of ['ru/latest.json', 'ru/latest/3.json', 'ky/breaking.json']) {
      expect(routes(stories, `https://news.example.kg/api/v1/${file}`)).toBe(false);
    }
  });

  it('marks the copy it serves offline with the header the app reads, keeping its body', async () => {
    // Written into the worker as source: the header's name must be in it, not in a variable.
    expect(String(markOfflineCopy.cachedResponseWillBeUsed)).toContain(OFFLINE_COPY_HEADER);
    const copy = await markOfflineCopy.cachedResponseWillBeUsed({
      cachedResponse: new Response('{"items":[]}', {
        headers: { 'Content-Type': 'application/json' },
      }),
    });
    expect(copy?.headers.get(OFFLINE_COPY_HEADER)).toBe('1');
    expect(copy?.headers.get('Content-Type')).toBe('application/json');
    expect(await copy?.text()).toBe('{"items":[]}');
    await expect(markOfflineCopy.cachedResponseWillBeUsed({})).resolves.toBeUndefined();
  });

  it('caches the search index as searches fetch it: hashed parts kept, the rest fetched first', () => {
    const [hashed, rest] = runtime.slice(4);
    expect(hashed?.handler).toBe('CacheFirst');
    expect(rest?.handler).toBe('NetworkFirst');
    for (const rule of [hashed, rest]) {
      expect(rule?.options).toMatchObject({ cacheName: 'search', expiration: SEARCH_LIMITS });
    }
    const site = 'https://news.example.kg';
    expect(
      routes(SEARCH_HASHED_PATTERN, `${site}/search-index/ru/0/fragment/ru_1a2b.pf_fragment`),
    ).toBe(true);
    for (const hashed of [
      'ky/12/index/ky_9f.pf_index',
      'ru/3/filter/ru_537419e.pf_filter',
      'ru/0/pagefind.ru_83e2.pf_meta',
    ]) {
      expect(routes(SEARCH_HASHED_PATTERN, `${site}/search-index/${hashed}`)).toBe(true);
    }
    for (const named of ['ru/parts.json', 'ru/0/pagefind-entry.json', 'ru/0/pagefind.js']) {
      expect(routes(SEARCH_HASHED_PATTERN, `${site}/search-index/${named}`)).toBe(false);
      expect(routes(SEARCH_INDEX_PATTERN, `${site}/search-index/${named}`)).toBe(true);
    }
    expect(routes(SEARCH_INDEX_PATTERN, `${site}/ru/search`)).toBe(false);
  });

  it('never precaches the search index', () => {
    expect(PRECACHE_GLOBS.some((glob) => glob.includes('search-index'))).toBe(false);
  });

  it('bounds every cache by entries and by age', () => {
    for (const limits of [PAGES_LIMITS, API_LIMITS, LIVE_LIMITS, PICTURES_LIMITS, SEARCH_LIMITS]) {
      expect(limits.maxEntries).toBeGreaterThan(0);
      expect(limits.maxEntries).toBeLessThanOrEqual(200);
      expect(limits.maxAgeSeconds).toBeLessThanOrEqual(30 * 24 * 60 * 60);
    }
  });
});

describe('apiUrlPattern', () => {
  it('matches the site’s own API files only, for a path base', () => {
    const pattern = apiUrlPattern('/api/v1');
    expect(routes(pattern, 'https://news.example.kg/api/v1/articles/1001.json')).toBe(true);
    expect(routes(pattern, 'https://news.example.kg/api/v1/ru/latest.json')).toBe(true);
    expect(routes(pattern, 'https://news.example.kg/ru/news/1001/slug')).toBe(false);
    expect(routes(pattern, 'https://cdn.example.com/api/v1/articles/1001.json')).toBe(false);
    expect(routes(pattern, 'https://news.example.kg/api/v1/articles/1001.json?x=1')).toBe(false);
  });

  it('matches the other host’s API files only, for a URL base', () => {
    const pattern = apiUrlPattern('https://cms.example.kg/news/api');
    expect(routes(pattern, 'https://cms.example.kg/news/api/articles/1.json')).toBe(true);
    expect(routes(pattern, 'https://cms.example.kg/other/articles/1.json')).toBe(false);
    expect(routes(pattern, 'https://evil.example/?u=https://cms.example.kg/news/api/a.json')).toBe(
      false,
    );
  });
});
