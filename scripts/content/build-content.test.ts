// @vitest-environment node
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/features/articles/model/article-schema.ts';
import { FeedPageSchema } from '../../src/features/articles/model/feed-schema.ts';
import { articleFixture } from '../../src/test/article-fixtures.ts';
import { tagKey } from '../../src/shared/lib/tag-key.ts';
import { buildContent, type BuildContentOptions } from './build-content.ts';
import { ContentError } from './load-content.ts';

const temporary: string[] = [];

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function contentDir(files: Record<string, string | Article>): Promise<string> {
  const dir = await tempDir('reader-content-');
  for (const [name, data] of Object.entries(files)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, typeof data === 'string' ? data : JSON.stringify(data));
  }
  return dir;
}

/** A build into a fresh output folder, with its manifest kept beside it for re-runs. */
async function builder(options: Partial<BuildContentOptions> = {}) {
  const root = await tempDir('reader-out-');
  const outDir = path.join(root, 'api');
  const manifestFile = path.join(root, 'manifest.json');
  return {
    outDir,
    manifestFile,
    run: (contentDirs: string[]) =>
      buildContent({ contentDirs, outDir, manifestFile, ...options }),
    json: async (relative: string): Promise<unknown> =>
      JSON.parse(await readFile(path.join(outDir, relative), 'utf8')),
    feed: async (relative: string) =>
      v.parse(FeedPageSchema, JSON.parse(await readFile(path.join(outDir, relative), 'utf8'))),
    files: async () =>
      (await readdir(outDir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
        .sort(),
  };
}

async function problemsOf(contentDirs: string[]): Promise<string[]> {
  const { run } = await builder();
  try {
    await run(contentDirs);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected the build to fail with a ContentError');
}

function story(id: string, overrides: Partial<Article> = {}): Article {
  return articleFixture({ id, slug: `story-${id}`, title: `История ${id}`, ...overrides });
}

const ru = story('3001', { translations: { ky: '3002' } });
const ky = story('3002', { lang: 'ky', slug: 'okuya-3002', translations: { ru: '3001' } });

describe('buildContent publishes', () => {
  it('each article under articles/{id}.json, as validated', async () => {
    const out = await builder();
    const report = await out.run([await contentDir({ '3001.json': ru, '3002.json': ky })]);
    expect(await out.json('articles/3001.json')).toEqual(ru);
    expect(await out.json('articles/3002.json')).toEqual(ky);
    expect(report).toMatchObject({ articles: 2, parsed: 2 });
  });

  it('the shipped content', async () => {
    const out = await builder();
    const report = await out.run(['content']);
    expect(report.articles).toBeGreaterThanOrEqual(2);
    const feed = await out.feed('ru/latest/1.json');
    expect(feed.items.map((item) => item.id)).toContain('1001');
  });

  it('each edition’s latest feed in fixed-size pages, newest first, its own language only', async () => {
    const dates = ['2017-07-10', '2017-07-12', '2017-07-11'];
    const files = Object.fromEntries(
      dates.map((date, index) => {
        const id = String(4001 + index);
        return [`${id}.json`, story(id, { publishedAt: `${date}T09:00:00+06:00` })];
      }),
    );
    const out = await builder({ pageSize: 2 });
    await out.run([await contentDir({ ...files, '3002.json': { ...ky, translations: {} } })]);
    const first = await out.feed('ru/latest/1.json');
    const second = await out.feed('ru/latest/2.json');
    expect(first).toMatchObject({ lang: 'ru', page: 1, pageCount: 2, pageSize: 2, total: 3 });
    expect(first.items.map((item) => item.id)).toEqual(['4002', '4003']);
    expect(second.items.map((item) => item.id)).toEqual(['4001']);
    expect((await out.feed('ky/latest/1.json')).items.map((item) => item.id)).toEqual(['3002']);
  });

  it('an empty first page for an edition without stories', async () => {
    const out = await builder();
    await out.run([await contentDir({ '3001.json': { ...ru, translations: {} } })]);
    expect(await out.json('ky/latest/1.json')).toEqual({
      lang: 'ky',
      page: 1,
      pageCount: 1,
      pageSize: 20,
      total: 0,
      items: [],
    });
  });

  it('rubric and tag feeds per edition, tags keyed by their transliterated slug', async () => {
    const out = await builder();
    await out.run([
      await contentDir({
        '3001.json': { ...ru, rubric: 'politics', tags: ['ОИС', 'МИД'] },
        '3002.json': { ...ky, rubric: 'politics', tags: ['ОИС'] },
        '3003.json': story('3003', { rubric: 'sport', tags: ['ОИС', 'ois'] }),
      }),
    ]);
    expect(tagKey('ОИС')).toBe('ois');
    const ids = async (relative: string) => (await out.feed(relative)).items.map((item) => item.id);
    expect(await ids('ru/rubrics/politics/1.json')).toEqual(['3001']);
    expect(await ids('ky/rubrics/politics/1.json')).toEqual(['3002']);
    expect(await ids('ru/rubrics/sport/1.json')).toEqual(['3003']);
    // Two tags with one key list the story once.
    expect((await ids('ru/tags/ois/1.json')).sort()).toEqual(['3001', '3003']);
    expect(await ids('ru/tags/mid/1.json')).toEqual(['3001']);
    expect(await ids('ky/tags/ois/1.json')).toEqual(['3002']);
    // A rubric nobody wrote for has its first page, empty; a tag exists only with its stories.
    const culture = await out.feed('ky/rubrics/culture/1.json');
    expect(culture).toMatchObject({ page: 1, pageCount: 1, total: 0, items: [] });
    expect(await out.files()).not.toContain(path.join('ky', 'tags', 'mid', '1.json'));
  });

  it('feed items without bodies, so no page grows with the length of stories', async () => {
    const out = await builder();
    await out.run([await contentDir({ '3001.json': { ...ru, translations: {} } })]);
    const [item] = (await out.feed('ru/latest/1.json')).items;
    expect(item).not.toHaveProperty('body');
    expect(item?.lead).toBe('Первый абзац тестовой новости.');
  });

  it('the JSON Schemas of the article and the feed page', async () => {
    const out = await builder();
    await out.run([await contentDir({ '3001.json': { ...ru, translations: {} } })]);
    const article = await out.json('schema/article.json');
    expect(article).toMatchObject({ title: 'Article', type: 'object' });
    expect(JSON.stringify(article)).toContain('"translations"');
    expect(await out.json('schema/feed-page.json')).toMatchObject({ title: 'Feed page' });
  });
});

describe('buildContent with a site around the API', () => {
  it('writes robots.txt, a sitemap with language alternates and an RSS feed per edition', async () => {
    const root = await tempDir('reader-site-');
    await buildContent({
      contentDirs: [await contentDir({ '3001.json': ru, '3002.json': ky })],
      outDir: path.join(root, 'api', 'v1'),
      manifestFile: path.join(root, 'manifest.jsonl'),
      site: { dir: root, origin: 'https://news.example.kg' },
    });
    const read = (name: string) => readFile(path.join(root, name), 'utf8');
    expect(await read('robots.txt')).toContain('Sitemap: https://news.example.kg/sitemap.xml');
    const sitemap = await read('sitemap.xml');
    expect(sitemap).toContain('<loc>https://news.example.kg/ru/news/3001/story-3001</loc>');
    expect(sitemap).toContain(
      '<xhtml:link rel="alternate" hreflang="ky" href="https://news.example.kg/ky/news/3002/okuya-3002"/>',
    );
    expect(await read('ru/rss.xml')).toContain('<title>История 3001</title>');
    expect(await read('ky/rss.xml')).toContain('<language>ky</language>');
  });
});

describe('the sitemap', () => {
  it('dates an edited story by its update, so crawlers come back', async () => {
    const root = await tempDir('reader-site-');
    const edited = { ...ru, translations: {}, updatedAt: '2020-01-01T10:00:00+06:00' };
    await buildContent({
      contentDirs: [await contentDir({ '3001.json': edited })],
      outDir: path.join(root, 'api', 'v1'),
      manifestFile: path.join(root, 'manifest.jsonl'),
      site: { dir: root, origin: 'https://news.example.kg' },
    });
    const sitemap = await readFile(path.join(root, 'sitemap.xml'), 'utf8');
    expect(sitemap).toMatch(
      /<loc>https:\/\/news\.example\.kg\/ru\/news\/3001\/story-3001<\/loc><lastmod>2020-01-01T10:00:00\+06:00<\/lastmod>/,
    );
  });
});

describe('buildContent fails, naming files and fields,', () => {
  it('on text that is not JSON', async () => {
    const dir = await contentDir({ '3001.json': '{ not json' });
    const problems = await problemsOf([dir]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(path.join(path.basename(dir), '3001.json'));
    expect(problems[0]).toContain('not valid JSON');
  });

  it('on a schema error', async () => {
    const dir = await contentDir({ '3001.json': { ...story('3001'), slug: 'Not A Slug' } });
    const file = path.relative(process.cwd(), path.join(dir, '3001.json'));
    expect(await problemsOf([dir])).toEqual([
      `${file}: slug: must be lowercase Latin words joined by hyphens`,
    ]);
  });

  it('on a file named after another id', async () => {
    const problems = await problemsOf([await contentDir({ 'story.json': story('3001') })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/story\.json: id: the file of article "3001" must be named/);
  });

  it('on a duplicate id, naming both files', async () => {
    const first = await contentDir({ '3001.json': story('3001') });
    const second = await contentDir({ '3001.json': story('3001', { slug: 'drugaya' }) });
    const problems = await problemsOf([first, second]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(path.join(path.basename(first), '3001.json'));
    expect(problems[0]).toContain(path.join(path.basename(second), '3001.json'));
    expect(problems[0]).toContain('id: "3001" is also the id of');
  });

  it('on a duplicate slug within an edition, naming both files', async () => {
    const dir = await contentDir({
      '3001.json': story('3001', { slug: 'odna' }),
      '3003.json': story('3003', { slug: 'odna' }),
      // The same slug in the other edition is another URL, so it is allowed.
      '3004.json': story('3004', { lang: 'ky', slug: 'odna' }),
    });
    const problems = await problemsOf([dir]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/3003\.json: slug: "odna" is also the slug of .*3001\.json \(ru\)/);
  });

  it('on a dangling translation id', async () => {
    const problems = await problemsOf([await contentDir({ '3001.json': ru })]);
    expect(problems).toEqual([
      expect.stringMatching(/3001\.json: translations\.ky: no article has the id "3002"$/),
    ]);
  });

  it('on a translation in the wrong language', async () => {
    const dir = await contentDir({
      '3001.json': ru,
      '3002.json': { ...ky, lang: 'ru', translations: {} },
    });
    expect(await problemsOf([dir])).toEqual([
      expect.stringMatching(/translations\.ky: article "3002" \(.*3002\.json\) is in "ru"/),
    ]);
  });

  it('listing every problem of every file at once, and writing no manifest', async () => {
    const dir = await contentDir({
      '3001.json': ru,
      '3003.json': '[',
      '3004.json': JSON.stringify({ ...story('3004'), lang: 'en', title: '' }),
    });
    const problems = await problemsOf([dir]);
    expect(problems).toHaveLength(4);
    const all = problems.join('\n');
    expect(all).toMatch(/3003\.json: not valid JSON/);
    expect(all).toMatch(/3004\.json: lang: must be "ru" or "ky"/);
    expect(all).toMatch(/3004\.json: title: must not be empty/);
    expect(all).toMatch(/3001\.json: translations\.ky: no article/);
  });
});

describe('buildContent in threads', () => {
  /** Every output file and its bytes (but the token tying the folder to its manifest). */
  async function outputsOf(out: Awaited<ReturnType<typeof builder>>) {
    const files = (await out.files()).filter((file) => !file.startsWith('.'));
    return Promise.all(
      files.map(async (file) => [file, await readFile(path.join(out.outDir, file), 'utf8')]),
    );
  }

  // More sources than one batch, so that both threads get some.
  it('publishes the same files as the build’s own thread, and re-runs alike', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 600 }, (_, index) => {
        const id = String(7000 + index);
        const day = String(1 + (index % 28)).padStart(2, '0');
        return [`${id}.json`, story(id, { publishedAt: `2017-07-${day}T09:00:00+06:00` })];
      }),
    );
    const dir = await contentDir({ ...files, 'bad/7999.json': '[' });
    const alone = await builder({ threads: 1 });
    const threaded = await builder({ threads: 2 });
    const problems = await Promise.all([alone, threaded].map(({ run }) => run([dir]).catch((error: unknown) => error)));
    expect(problems[1]).toEqual(problems[0]);
    expect(problems[0]).toBeInstanceOf(ContentError);

    await rm(path.join(dir, 'bad'), { recursive: true });
    const [first, second] = [await alone.run([dir]), await threaded.run([dir])];
    expect(second).toEqual(first);
    expect(await outputsOf(threaded)).toEqual(await outputsOf(alone));
    expect(await threaded.run([dir])).toMatchObject({ articles: 600, parsed: 0, written: 0 });
  }, 30_000);
});

describe('buildContent re-run', () => {
  it('reads and writes nothing when nothing changed', async () => {
    const out = await builder();
    const dir = await contentDir({ '3001.json': ru, '3002.json': ky });
    const first = await out.run([dir]);
    expect(first.written).toBe(first.outputs);
    const second = await out.run([dir]);
    expect(second).toMatchObject({ articles: 2, parsed: 0, written: 0, deleted: 0 });
  });

  it('after one article changed, parses it alone and rewrites only what shows it', async () => {
    const out = await builder();
    const files = Object.fromEntries(
      Array.from({ length: 30 }, (_, index) => {
        const id = String(5000 + index);
        const day = String(1 + index).padStart(2, '0');
        return [`${id}.json`, story(id, { publishedAt: `2017-07-${day}T09:00:00+06:00` })];
      }),
    );
    const dir = await contentDir(files);
    const first = await out.run([dir]);
    const file = path.join(dir, '5000.json');
    await writeFile(
      file,
      JSON.stringify(
        story('5000', {
          title: 'Исправленный заголовок',
          publishedAt: '2017-07-01T09:00:00+06:00',
        }),
      ),
    );
    // Some file systems keep mtimes to the second: make the change visible whatever the clock.
    await utimes(file, new Date(), new Date(Date.now() + 5_000));
    const second = await out.run([dir]);
    expect(second.parsed).toBe(1);
    // The article and the one latest page that lists it (the oldest, page 2).
    expect(second.written).toBe(2);
    expect(second.written).toBeLessThan(first.written / 10);
    expect((await out.feed('ru/latest/2.json')).items.at(-1)?.title).toBe('Исправленный заголовок');
  });

  it('removes what a deleted article published', async () => {
    const out = await builder();
    const dir = await contentDir({
      '3001.json': { ...ru, translations: {}, tags: ['ОИС'] },
      '3003.json': story('3003'),
    });
    await out.run([dir]);
    expect(await out.files()).toContain(path.join('ru', 'tags', 'ois', '1.json'));
    await rm(path.join(dir, '3001.json'));
    const report = await out.run([dir]);
    expect(report.deleted).toBe(2);
    const files = await out.files();
    expect(files).not.toContain(path.join('articles', '3001.json'));
    expect(files).not.toContain(path.join('ru', 'tags', 'ois', '1.json'));
  });

  it('builds everything again when the output folder was wiped', async () => {
    const out = await builder();
    const dir = await contentDir({ '3001.json': { ...ru, translations: {} } });
    const first = await out.run([dir]);
    await rm(out.outDir, { recursive: true });
    const second = await out.run([dir]);
    expect(second.written).toBe(first.written);
    expect(await out.json('articles/3001.json')).toMatchObject({ id: '3001' });
  });

  it('builds everything again when the manifest was written by other build code', async () => {
    const out = await builder();
    const dir = await contentDir({ '3001.json': { ...ru, translations: {} } });
    await out.run([dir]);
    const lines = (await readFile(out.manifestFile, 'utf8')).split('\n');
    const header: unknown = JSON.parse(lines[0] ?? '{}');
    lines[0] = JSON.stringify({ ...(typeof header === 'object' ? header : {}), logic: 'older' });
    await writeFile(out.manifestFile, lines.join('\n'));
    expect((await out.run([dir])).parsed).toBe(1);
  });

  it('builds everything again when its manifest is damaged', async () => {
    const out = await builder();
    const dir = await contentDir({ '3001.json': { ...ru, translations: {} } });
    const first = await out.run([dir]);
    await writeFile(out.manifestFile, '{"version":2,"token":"x"}\nnot json\n');
    const second = await out.run([dir]);
    expect(second.parsed).toBe(1);
    expect(second.outputs).toBe(first.outputs);
  });

  it('keeps failing on a bad file until it is fixed', async () => {
    const out = await builder();
    const dir = await contentDir({ '3001.json': { ...ru, translations: {} } });
    await out.run([dir]);
    await writeFile(path.join(dir, '3003.json'), '{');
    await expect(out.run([dir])).rejects.toBeInstanceOf(ContentError);
    await expect(out.run([dir])).rejects.toBeInstanceOf(ContentError);
    await writeFile(path.join(dir, '3003.json'), JSON.stringify(story('3003')));
    await expect(out.run([dir])).resolves.toMatchObject({ articles: 2 });
  });
});
