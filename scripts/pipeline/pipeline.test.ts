// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSettingsOf } from '../site-config/load-site-config.ts';
import { BuildProblems } from './build-problems.ts';
import { buildSite, type SiteBuildOptions } from './pipeline.ts';
import { corpusStory, writeCorpus } from './test-support/corpus.ts';

/**
 * The build's promise: a site built step by step, one story published, edited, renamed and
 * deleted at a time, is the very site a cold build of the same content makes, to the byte.
 */

let root: string;
let articles: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pipeline-'));
  articles = await writeCorpus(path.join(root, 'content'), 90);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function options(name: string): SiteBuildOptions {
  return {
    contentDirs: [path.join(root, 'content')],
    siteDir: path.join(root, name, 'site'),
    cacheDir: path.join(root, name, 'cache'),
    apiBase: '/api/v1',
    origin: 'https://news.example.kg',
    appSettings: appSettingsOf(process.env),
  };
}

/** Every file a server would serve from the site, relative to it: the build's token aside. */
function servedFiles(siteDir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === '.build') continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(siteDir, file), readFileSync(file));
  }
  return files;
}

/** The files that differ between two sites, each named with how. */
function differences(incremental: string, cold: string): string[] {
  const a = servedFiles(incremental);
  const b = servedFiles(cold);
  const found: string[] = [];
  for (const [file, bytes] of a) {
    const other = b.get(file);
    if (!other) found.push(`${file}: only in the incremental build`);
    else if (!bytes.equals(other)) found.push(`${file}: different bytes`);
  }
  for (const file of b.keys()) {
    if (!a.has(file)) found.push(`${file}: missing from the incremental build`);
  }
  return found.sort();
}

/** Builds the same content cold, in a fresh folder and cache, and compares. */
async function expectSameAsCold(step: string) {
  const cold = options(`cold-${step}`);
  await buildSite(cold);
  expect(differences(options('incremental').siteDir, cold.siteDir)).toEqual([]);
  await rm(path.dirname(cold.siteDir), { recursive: true, force: true });
}

describe('an incremental build', () => {
  const story = () => path.join(articles, '5090.json');

  it('starts from a cold build of the whole site', { timeout: 180_000 }, async () => {
    const report = await buildSite(options('incremental'));
    expect(report.stories).toBe(90);
    expect(report.rendered).toBe(report.pages);
  });

  it('publishes one story: the same site as a cold build', { timeout: 120_000 }, async () => {
    await writeFile(story(), JSON.stringify(corpusStory(90, { translations: {} })));
    const report = await buildSite(options('incremental'));
    expect(report).toMatchObject({ bundled: false, stories: 91, parsed: 1 });
    expect(report.rendered).toBeLessThan(report.pages / 4);
    await expectSameAsCold('publish');
  });

  it('edits it: the same site as a cold build', { timeout: 120_000 }, async () => {
    const edited = corpusStory(90, {
      translations: {},
      title: 'Новость с исправленным заголовком',
      rubric: 'world',
      tags: ['тема 4'],
    });
    await writeFile(story(), JSON.stringify(edited));
    const report = await buildSite(options('incremental'));
    expect(report).toMatchObject({ bundled: false, parsed: 1 });
    await expectSameAsCold('edit');
  });

  it('renames it (a new slug): the same site as a cold build', { timeout: 120_000 }, async () => {
    await writeFile(
      story(),
      JSON.stringify(corpusStory(90, { translations: {}, slug: 'novyi-adres-novosti' })),
    );
    await buildSite(options('incremental'));
    await expectSameAsCold('rename');
  });

  it('deletes it: the same site as a cold build', { timeout: 120_000 }, async () => {
    await unlink(story());
    const report = await buildSite(options('incremental'));
    expect(report).toMatchObject({ stories: 90, parsed: 0 });
    await expectSameAsCold('delete');
  });

  it('with nothing changed, renders and writes nothing', { timeout: 60_000 }, async () => {
    const site = options('incremental').siteDir;
    const before = servedFiles(site);
    const report = await buildSite(options('incremental'));
    expect(report).toMatchObject({ bundled: false, parsed: 0, rendered: 0 });
    expect(differences(site, site)).toEqual([]);
    expect(servedFiles(site)).toEqual(before);
  });
});

describe('a story that is not right', () => {
  it(
    'stops the build with one line a problem, all at once, and leaves the site as it was',
    { timeout: 60_000 },
    async () => {
      const site = options('incremental');
      const first = path.join(articles, '5000.json');
      const second = path.join(articles, '5002.json');
      const firstText = readFileSync(first, 'utf8');
      const before = servedFiles(site.siteDir);
      await writeFile(first, JSON.stringify({ ...corpusStory(0), title: '' }));
      await writeFile(second, '{ "id": "5002",');
      const failure: unknown = await buildSite(site).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(BuildProblems);
      const problems = failure instanceof BuildProblems ? failure.problems : [];
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/5000\.json: title: must not be empty$/);
      expect(problems[1]).toMatch(/5002\.json: not valid JSON/);
      // The last good versions are still published, and nothing else moved.
      expect(differences(site.siteDir, site.siteDir)).toEqual([]);
      expect(servedFiles(site.siteDir)).toEqual(before);

      await writeFile(first, firstText);
      await writeFile(second, JSON.stringify(corpusStory(2)));
      const report = await buildSite(site);
      expect(report.stories).toBe(90);
      await expectSameAsCold('fixed');
    },
  );
});
