// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSettingsOf } from '../site-config/load-site-config.ts';
import { BuildProblems } from './build-problems.ts';
import { buildSite, type SiteBuildOptions } from './pipeline.ts';
import { corpusStory, writeCorpus } from './test-support/corpus.ts';

/**
 * The build's promise: a site built step by step, stories published, edited, renamed and
 * deleted one at a time, is the very site a cold build of the same content makes, to the byte.
 * The step-by-step site runs its stages' work on threads; the cold builds, this small, on the
 * build's own thread: the two ways to run a stage must agree too.
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

function options(name: string, more: Partial<SiteBuildOptions> = {}): SiteBuildOptions {
  return {
    contentDirs: [path.join(root, 'content')],
    siteDir: path.join(root, name, 'site'),
    cacheDir: path.join(root, name, 'cache'),
    apiBase: '/api/v1',
    origin: 'https://news.example.kg',
    appSettings: appSettingsOf(process.env),
    // Parts of 10 stories: an edition's 45 make five parts of its search index.
    searchPartSize: 10,
    ...more,
  };
}

/** The site built step by step, on threads whatever the amount of work. */
const incremental = () => options('incremental', { threads: 2, threadsFrom: 1 });

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

/**
 * The files that differ between two sets of a site's files, each named with how. (Compared
 * here, not by `toEqual`, which walks a buffer byte by byte: seconds for a small site.)
 */
function differentFiles(
  a: Map<string, Buffer>,
  b: Map<string, Buffer>,
  [onlyInA, onlyInB]: [string, string],
): string[] {
  const found: string[] = [];
  for (const [file, bytes] of a) {
    const other = b.get(file);
    if (!other) found.push(`${file}: ${onlyInA}`);
    else if (!bytes.equals(other)) found.push(`${file}: different bytes`);
  }
  for (const file of b.keys()) {
    if (!a.has(file)) found.push(`${file}: ${onlyInB}`);
  }
  return found.sort();
}

/** The files that differ between two sites. */
const differences = (incrementalSite: string, coldSite: string) =>
  differentFiles(servedFiles(incrementalSite), servedFiles(coldSite), [
    'only in the incremental build',
    'missing from the incremental build',
  ]);

/** The files of a site that changed since `before` (its servedFiles then). */
const changedSince = (before: Map<string, Buffer>, siteDir: string) =>
  differentFiles(servedFiles(siteDir), before, ['written since', 'removed since']);

/** Builds the same content cold, in a fresh folder and cache, and compares. */
async function expectSameAsCold(step: string, more: Partial<SiteBuildOptions> = {}) {
  const cold = options(`cold-${step}`, more);
  await buildSite(cold);
  expect(differences(incremental().siteDir, cold.siteDir)).toEqual([]);
  await rm(path.dirname(cold.siteDir), { recursive: true, force: true });
}

const storyFile = (index: number) => path.join(articles, `${String(5000 + index)}.json`);
const writeStory = (index: number, overrides: Record<string, unknown> = {}) =>
  writeFile(storyFile(index), JSON.stringify(corpusStory(index, overrides)));

describe('an incremental build', () => {
  it('starts from a cold build of the whole site', { timeout: 180_000 }, async () => {
    const report = await buildSite(incremental());
    expect(report.stories).toBe(90);
    expect(report.rendered).toBe(report.pages);
  });

  it(
    'publishes a story and its translation: the same site as a cold build',
    { timeout: 120_000 },
    async () => {
      const before = servedFiles(incremental().siteDir);
      await writeStory(90);
      await writeStory(91);
      const report = await buildSite(incremental());
      expect(report).toMatchObject({ bundled: false, stories: 92, parsed: 2 });
      expect(report.rendered).toBeLessThan(report.pages / 4);
      // Of each edition's search index, the newest part alone is indexed again (and the list
      // of parts gives its new version).
      const searchFiles = changedSince(before, incremental().siteDir).filter((file) =>
        file.startsWith('search-index/'),
      );
      expect(searchFiles).toContain('search-index/ru/parts.json: different bytes');
      expect(
        searchFiles.filter((file) => !/^search-index\/(ru|ky)\/(4\/|parts\.json)/.test(file)),
      ).toEqual([]);
      await expectSameAsCold('publish');
    },
  );

  it(
    'edits its headline, rubric and tags: the same site as a cold build',
    { timeout: 120_000 },
    async () => {
      await writeStory(90, {
        title: 'Новость с исправленным заголовком',
        rubric: 'world',
        tags: ['тема 4'],
      });
      const report = await buildSite(incremental());
      expect(report).toMatchObject({ bundled: false, parsed: 1 });
      await expectSameAsCold('edit');
    },
  );

  it(
    'moves it back in time, to another archive page: the same site as a cold build',
    { timeout: 120_000 },
    async () => {
      await writeStory(90, { publishedAt: '2017-06-15T10:00:00+06:00' });
      await buildSite(incremental());
      await expectSameAsCold('backdate');
    },
  );

  it(
    'renames it (a new slug), which its translation links to: the same site as a cold build',
    { timeout: 120_000 },
    async () => {
      await writeStory(90, { slug: 'novyi-adres-novosti' });
      await buildSite(incremental());
      const translation = readFileSync(
        path.join(incremental().siteDir, 'ky/news/5091/story-45-ky.html'),
        'utf8',
      );
      expect(translation).toContain('/ru/news/5090/novyi-adres-novosti');
      await expectSameAsCold('rename');
    },
  );

  it(
    'deletes the translation, then the story: the same site as a cold build',
    { timeout: 120_000 },
    async () => {
      await unlink(storyFile(91));
      await writeStory(90, { slug: 'novyi-adres-novosti', translations: {} });
      await buildSite(incremental());
      await expectSameAsCold('delete-translation');
      await unlink(storyFile(90));
      const report = await buildSite(incremental());
      expect(report).toMatchObject({ stories: 90, parsed: 0 });
      await expectSameAsCold('delete');
    },
  );

  it('with nothing changed, runs no stage and writes nothing', { timeout: 60_000 }, async () => {
    const site = incremental().siteDir;
    const before = servedFiles(site);
    const stages: string[] = [];
    const report = await buildSite({ ...incremental(), onStage: (stage) => stages.push(stage) });
    expect(report).toMatchObject({ upToDate: true, bundled: false, parsed: 0, rendered: 0 });
    expect(report.stories).toBe(90);
    expect(stages).toEqual([]);
    expect(changedSince(before, site)).toEqual([]);
  });

  it(
    'with a story saved again unchanged (a new modification time), goes through the stages and renders nothing',
    { timeout: 60_000 },
    async () => {
      await writeStory(3);
      const report = await buildSite(incremental());
      expect(report).toMatchObject({ upToDate: false, parsed: 0, rendered: 0 });
      expect((await buildSite(incremental())).upToDate).toBe(true);
    },
  );

  it(
    'with a file added beside the stories, goes through the stages',
    { timeout: 120_000 },
    async () => {
      const media = path.join(root, 'content', 'media');
      await mkdir(media, { recursive: true });
      await writeFile(path.join(media, 'unused.txt'), 'not a photo any story shows');
      const report = await buildSite(incremental());
      expect(report).toMatchObject({ upToDate: false, rendered: 0 });
      await rm(media, { recursive: true });
      expect((await buildSite(incremental())).upToDate).toBe(false);
    },
  );

  it('with another setting, goes through the stages', { timeout: 120_000 }, async () => {
    const report = await buildSite({ ...incremental(), breakingHours: 5 });
    expect(report.upToDate).toBe(false);
    expect((await buildSite(incremental())).upToDate).toBe(false);
  });

  it(
    'keeps a scheduled story and its translation out until their time, then publishes them: the same site as a cold build',
    { timeout: 240_000 },
    async () => {
      const at = '2030-01-01T12:00:00+06:00';
      const before = Date.parse(at) - 60_000;
      await writeStory(92, { publishedAt: at, breaking: true });
      await writeStory(93, { publishedAt: at });
      const site = incremental().siteDir;
      const read = (file: string) => readFileSync(path.join(site, file), 'utf8');
      const scheduled = await buildSite({ ...incremental(), now: before });
      expect(scheduled).toMatchObject({
        stories: 90,
        scheduled: 2,
        nextScheduled: { id: '5092', publishedAt: at },
      });
      expect(existsSync(path.join(site, 'api/v1/articles/5092.json'))).toBe(false);
      expect(existsSync(path.join(site, 'ru/news/5092'))).toBe(false);
      for (const file of ['api/v1/ru/latest.json', 'api/v1/ru/breaking.json', 'sitemap.xml']) {
        expect(read(file)).not.toContain('5092');
      }
      expect(read('ru/rss.xml')).not.toContain('5092');
      await expectSameAsCold('scheduled', { now: before });
      expect((await buildSite({ ...incremental(), now: before + 1_000 })).upToDate).toBe(true);

      // Its file has not changed: the build's clock alone publishes it.
      const due = await buildSite({ ...incremental(), now: Date.parse(at) });
      expect(due).toMatchObject({ stories: 92, scheduled: 0, parsed: 2 });
      expect(existsSync(path.join(site, 'api/v1/articles/5092.json'))).toBe(true);
      expect(read('api/v1/ru/latest.json')).toContain('5092');
      expect(read('api/v1/ru/breaking.json')).toContain('5092');
      expect(read('ru/rss.xml')).toContain('5092');
      await expectSameAsCold('scheduled-due', { now: Date.parse(at) });

      await unlink(storyFile(92));
      await unlink(storyFile(93));
      await buildSite(incremental());
    },
  );
});

describe('a story that is not right', () => {
  it(
    'stops the build with one line a problem, all at once, and changes no page',
    { timeout: 60_000 },
    async () => {
      const site = incremental();
      const firstText = readFileSync(storyFile(0), 'utf8');
      const before = servedFiles(site.siteDir);
      await writeStory(0, { title: '' });
      await writeFile(storyFile(2), '{ "id": "5002",');
      const failure: unknown = await buildSite(site).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(BuildProblems);
      const problems = failure instanceof BuildProblems ? failure.problems : [];
      expect(problems).toEqual([
        expect.stringMatching(/5000\.json: title: must not be empty$/),
        expect.stringMatching(/5002\.json: not valid JSON/),
      ]);
      // The last good versions are still published, and nothing else moved.
      expect(changedSince(before, site.siteDir)).toEqual([]);

      // The build that failed recorded nothing to compare with: the next one fails again.
      const again: unknown = await buildSite(site).catch((error: unknown) => error);
      expect(again).toBeInstanceOf(BuildProblems);

      await writeFile(storyFile(0), firstText);
      await writeStory(2);
      const report = await buildSite(site);
      expect(report).toMatchObject({ upToDate: false, stories: 90 });
      await expectSameAsCold('fixed');
    },
  );

  it(
    'twice under one id: stops the build, and the site is whole again once fixed',
    { timeout: 60_000 },
    async () => {
      const extra = path.join(root, 'extra');
      await mkdir(extra, { recursive: true });
      const contentDirs = [path.join(root, 'content'), extra];
      await writeFile(
        path.join(extra, '5004.json'),
        JSON.stringify(corpusStory(4, { slug: 'drugoi' })),
      );
      const failure: unknown = await buildSite({ ...incremental(), contentDirs }).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(BuildProblems);
      const problems = failure instanceof BuildProblems ? failure.problems : [];
      expect(problems).toContainEqual(
        expect.stringMatching(/5004\.json: id: "5004" is also the id of /),
      );

      await rm(extra, { recursive: true });
      await buildSite(incremental());
      await expectSameAsCold('duplicate');
    },
  );
});
