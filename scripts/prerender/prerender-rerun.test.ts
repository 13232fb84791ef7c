// @vitest-environment node
import { cp, link, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate-corpus.ts';
import { buildContent } from '../content/build-content.ts';
import { prerender } from './prerender.ts';

/** A stand-in for the app's server bundle: each page says which address it was rendered for. */
const SERVER_ENTRY = `export async function render(url) {
  return { kind: 'page', status: 200, lang: 'ru', head: '<title>Page</title>', html: '<p>' + url + '</p>', pageData: '{}' };
}
`;
const TEMPLATE =
  '<!doctype html><html lang="ru"><head><title>Shell</title></head><body><div id="root"></div></body></html>';

let root = '';
let contentDir = '';
let siteDir = '';
let apiDir = '';

async function build() {
  await buildContent({
    contentDirs: [contentDir],
    outDir: apiDir,
    manifestFile: path.join(root, 'content.jsonl'),
  });
  return prerender({
    siteDir,
    apiDir,
    apiBase: '/api/v1',
    origin: 'https://news.example.kg',
    serverEntry: path.join(root, 'entry-server.mjs'),
    threads: 1,
    manifestFile: path.join(root, 'prerender.jsonl'),
  });
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'prerender-rerun-'));
  contentDir = path.join(root, 'content');
  siteDir = path.join(root, 'site');
  apiDir = path.join(siteDir, 'api', 'v1');
  await cp('content', contentDir, { recursive: true });
  await writeFile(path.join(root, 'entry-server.mjs'), SERVER_ENTRY);
  await mkdir(siteDir, { recursive: true });
  await writeFile(path.join(siteDir, 'index.html'), TEMPLATE);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('prerendering again', () => {
  it('keeps the page of a story whose slug changed, rendered for its new address', async () => {
    const first = await build();
    const page = path.join(siteDir, 'ru', 'news', '1001.html');
    expect(first.rendered).toBe(first.pages);
    expect(await readFile(page, 'utf8')).toContain('/ru/news/1001/kyrgyzstanskie-diplomaty');

    const source = path.join(contentDir, 'articles', '1001.json');
    const text = await readFile(source, 'utf8');
    await writeFile(source, text.replace(/"slug": "[^"]*"/, '"slug": "novyi-adres"'));
    const second = await build();

    // The old address is no longer known; its file is the new address's.
    expect(second.deleted).toBe(1);
    expect(existsSync(page)).toBe(true);
    expect(await readFile(page, 'utf8')).toContain('<p>/ru/news/1001/novyi-adres</p>');

    const third = await build();
    expect(third.rendered).toBe(0);
    expect(existsSync(page)).toBe(true);
  });

  it('renders every page again when the last prerender cannot be trusted: over its pages, removing those no longer known', async () => {
    await build();
    const page = path.join(siteDir, 'ru', 'news', '1001.html');
    // A second name for the page's file tells whether the file was written over or replaced.
    await link(page, path.join(root, 'same-file.html'));
    const strays = [
      path.join(siteDir, 'ru', 'news', '999.html'),
      path.join(siteDir, 'ru', 'news', '1', 'old.html'),
    ];
    for (const stray of strays) {
      await mkdir(path.dirname(stray), { recursive: true });
      await writeFile(stray, 'left from an earlier build');
    }
    // A prerender cut short leaves no token: nothing it wrote is trusted.
    await rm(path.join(siteDir, '.prerender'));

    const again = await build();
    expect(again.rendered).toBe(again.pages);
    // Written over, not deleted first (which makes every new file slow to create).
    expect((await stat(page)).nlink).toBe(2);
    for (const stray of strays) expect(existsSync(stray), stray).toBe(false);
    expect(existsSync(path.join(siteDir, 'ru', 'news', '1'))).toBe(false);
  });
});

/**
 * Prerenders 150 generated stories (75 an edition: more than three batches of pages for one
 * thread) with the server bundle `entry`, after `spoil` has had its way with the built API.
 */
async function prerenderCorpus(
  entry: string,
  spoil: (api: string) => Promise<void> = async () => {},
) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prerender-failing-'));
  try {
    const site = path.join(dir, 'site');
    const api = path.join(site, 'api', 'v1');
    await generateCorpus(path.join(dir, 'content'), 150);
    await buildContent({
      contentDirs: [path.join(dir, 'content')],
      outDir: api,
      manifestFile: path.join(dir, 'content.jsonl'),
    });
    await writeFile(path.join(dir, 'entry-server.mjs'), entry);
    await writeFile(path.join(site, 'index.html'), TEMPLATE);
    await spoil(api);
    return await prerender({
      siteDir: site,
      apiDir: api,
      apiBase: '/api/v1',
      origin: 'https://news.example.kg',
      serverEntry: path.join(dir, 'entry-server.mjs'),
      threads: 1,
      manifestFile: path.join(dir, 'prerender.jsonl'),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('a prerender whose published feeds cannot be read', () => {
  it('fails with the feed’s error, also when it is reached after the first batches', async () => {
    // The rubric's pages come after the edition's stories, past the first batches.
    await expect(
      prerenderCorpus(SERVER_ENTRY, (api) =>
        writeFile(path.join(api, 'ru', 'rubrics', 'world', '1.json'), '{"items": ['),
      ),
    ).rejects.toThrow(SyntaxError);
  });
});

describe('a prerender whose thread fails with a second batch in flight', () => {
  /** Renders pages, then fails in the way given on the 70th: inside the second batch. */
  const failingEntry = (failure: string) => `let count = 0;
export async function render(url) {
  if (++count === 70) { ${failure} }
  return { kind: 'page', status: 200, lang: 'ru', head: '<title>Page</title>', html: '<p>' + url + '</p>', pageData: '{}' };
}
`;

  it('fails with the page’s error rather than waiting for the batch after it', async () => {
    await expect(
      prerenderCorpus(failingEntry("throw new Error('story 70 has no body');")),
    ).rejects.toThrow('story 70 has no body');
  });

  it('fails when the thread dies in the middle of a batch', async () => {
    await expect(prerenderCorpus(failingEntry('process.exit(7);'))).rejects.toThrow(
      'a build thread exited (7)',
    );
  });
});
