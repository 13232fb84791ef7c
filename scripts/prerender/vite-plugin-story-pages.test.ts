// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyPagesMiddleware } from './vite-plugin-story-pages.ts';

let siteDir: string;

beforeAll(async () => {
  siteDir = await mkdtemp(path.join(os.tmpdir(), 'story-pages-'));
  await mkdir(path.join(siteDir, 'ru', 'news'), { recursive: true });
  await writeFile(path.join(siteDir, 'ru', 'news', '1001.html'), '<!doctype html>');
});

afterAll(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

/** The address the preview server goes on to serve for `url`. */
function served(url: string): string | undefined {
  const request = { url };
  let called = false;
  storyPagesMiddleware(siteDir)(request, {}, () => {
    called = true;
  });
  expect(called).toBe(true);
  return request.url;
}

describe('storyPagesMiddleware', () => {
  it('serves a prerendered story at any slug, keeping the query', () => {
    expect(served('/ru/news/1001/its-slug')).toBe('/ru/news/1001.html');
    expect(served('/ru/news/1001/an-old-slug?utm_source=t')).toBe(
      '/ru/news/1001.html?utm_source=t',
    );
  });

  it('leaves stories the build does not know and other pages to the usual fallback', () => {
    expect(served('/ru/news/424242/x')).toBe('/ru/news/424242/x');
    expect(served('/ru/rubric/politics')).toBe('/ru/rubric/politics');
  });
});
