// @vitest-environment node
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  inputSignatures,
  PRERENDER_TOKEN,
  readPrerenderManifest,
  removePagesExcept,
  openPrerenderManifest,
  type PageEntry,
} from './prerender-manifest.ts';

async function writePrerenderManifest(
  file: string,
  siteDir: string,
  build: string,
  pages: PageEntry[],
): Promise<void> {
  const manifest = await openPrerenderManifest(file, build);
  for (const page of pages) await manifest.put(page);
  await manifest.finish(siteDir);
}

let root = '';
let manifest = '';
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'prerender-manifest-'));
  manifest = path.join(root, 'cache', 'prerender.jsonl');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const page: PageEntry = {
  url: '/ru/news/1/a',
  file: 'ru/news/1/a.html',
  inputs: [['articles/1.json', 1, 2]],
};

describe('the prerender manifest', () => {
  it('gives back the pages it recorded for the same site and build', async () => {
    await writePrerenderManifest(manifest, root, 'build-1', [page]);
    const pages = await readPrerenderManifest(manifest, root, 'build-1');
    expect(pages?.get(page.url)).toEqual(page);
  });

  it('is not trusted for another build, nor once its token is gone from the site', async () => {
    await writePrerenderManifest(manifest, root, 'build-1', [page]);
    expect(await readPrerenderManifest(manifest, root, 'build-2')).toBeUndefined();
    await rm(path.join(root, PRERENDER_TOKEN));
    expect(await readPrerenderManifest(manifest, root, 'build-1')).toBeUndefined();
  });

  it('is not trusted when it is damaged', async () => {
    await writePrerenderManifest(manifest, root, 'build-1', [page]);
    await writeFile(manifest, '{"version":1,"token":"x","build":"build-1"}\n{"page":');
    expect(await readPrerenderManifest(manifest, root, 'build-1')).toBeUndefined();
  });
});

describe('inputSignatures', () => {
  it('tells an input that changed, appeared or vanished from one that did not', async () => {
    await mkdir(path.join(root, 'articles'));
    const story = path.join(root, 'articles', '1.json');
    await writeFile(story, '{"id":"1"}');
    const before = inputSignatures(root).of(['articles/1.json', 'ru/tags/x/1.json']);
    expect(before[1]).toEqual(['ru/tags/x/1.json', -1, -1]);
    expect(inputSignatures(root).unchanged(before)).toBe(true);

    await writeFile(story, '{"id":"1","x":1}');
    const later = new Date(Date.now() + 5000);
    await utimes(story, later, later);
    expect(inputSignatures(root).unchanged(before)).toBe(false);

    const now = inputSignatures(root).of(['articles/1.json', 'ru/tags/x/1.json']);
    await mkdir(path.join(root, 'ru', 'tags', 'x'), { recursive: true });
    await writeFile(path.join(root, 'ru', 'tags', 'x', '1.json'), '{}');
    expect(inputSignatures(root).unchanged(now)).toBe(false);
  });
});

describe('removePagesExcept', () => {
  it('removes the pages not kept and the folders left empty; the API, the feeds and the template stay', async () => {
    for (const file of [
      'ru/news/1001.html',
      'ru/news/1/a.html',
      'ru/page/2.html',
      'ru/index.html',
      'ky/rubric/sport.html',
      'ky/rubric/notes.txt',
      '404.html',
      'ru/rss.xml',
      'api/v1/x.json',
      'index.html',
    ]) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), 'x');
    }
    const removed = await removePagesExcept(root, new Set(['ru/news/1001.html', 'ru/index.html']));
    expect(removed).toBe(4);
    const left = (file: string) => existsSync(path.join(root, file));
    expect(left('ru/news/1001.html')).toBe(true);
    expect(left('ru/index.html')).toBe(true);
    for (const gone of ['ru/news/1', 'ru/page', 'ky/rubric/sport.html', '404.html']) {
      expect(left(gone), gone).toBe(false);
    }
    // Not a page: left, and its folder with it.
    expect(left('ky/rubric/notes.txt')).toBe(true);
    expect(left('ru/rss.xml')).toBe(true);
    expect(left('api/v1/x.json')).toBe(true);
    expect(left('index.html')).toBe(true);
  });

  it('does not follow a linked folder out of the site', async () => {
    const elsewhere = path.join(root, 'elsewhere');
    await mkdir(elsewhere, { recursive: true });
    await writeFile(path.join(elsewhere, 'page.html'), 'not the site’s');
    await mkdir(path.join(root, 'site', 'ru'), { recursive: true });
    await symlink(elsewhere, path.join(root, 'site', 'ru', 'page'));
    await removePagesExcept(path.join(root, 'site'), new Set());
    expect(existsSync(path.join(elsewhere, 'page.html'))).toBe(true);
  });
});
