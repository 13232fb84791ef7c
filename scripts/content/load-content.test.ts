// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/features/articles/model/article-schema.ts';
import { articleFixture, without } from '../../src/test/article-fixtures.ts';
import { ContentError, crossCheck, loadContent, parseArticleFile } from './load-content.ts';

const ru = articleFixture({ id: '3001', lang: 'ru', translations: { ky: '3002' } });
const ky = articleFixture({
  id: '3002',
  lang: 'ky',
  slug: 'synoo-jangylyk',
  title: 'Сыноо жаңылык',
  translations: { ru: '3001' },
});

describe('parseArticleFile', () => {
  it('returns the article of a valid file', () => {
    const parsed = parseArticleFile('content/articles/3001.json', JSON.stringify(ru));
    expect(parsed).toEqual({ article: ru, problems: [] });
  });

  it('reports text that is not JSON, naming the file', () => {
    const { article, problems } = parseArticleFile('content/articles/3001.json', '{"id": "3001",');
    expect(article).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/articles\/3001\.json: not valid JSON \(.+\)$/);
  });

  it('names the file and the field of each schema error', () => {
    const text = JSON.stringify({ ...without(ru, 'title'), publishedAt: '2017-07-12T00:00:00' });
    const { problems } = parseArticleFile('content/articles/3001.json', text);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/articles\/3001\.json: title: .*"title"/);
    expect(problems[1]).toBe(
      'content/articles/3001.json: publishedAt: must be an ISO 8601 date and time with an offset',
    );
  });

  it('names the field deep inside the body', () => {
    const text = JSON.stringify({
      ...ru,
      body: [{ type: 'paragraph', runs: [{ text: 'x', href: 'javascript:alert(1)' }] }],
    });
    expect(parseArticleFile('a/3001.json', text).problems).toEqual([
      'a/3001.json: body.0.runs.0.href: must be an http(s), mailto or tel URL or a path',
    ]);
  });

  it('requires the file to be named after the id', () => {
    const { article, problems } = parseArticleFile(
      'content/articles/3009.json',
      JSON.stringify(ru),
    );
    expect(article).toBeUndefined();
    expect(problems).toEqual([
      'content/articles/3009.json: id: the file of article "3001" must be named 3001.json',
    ]);
  });
});

describe('crossCheck', () => {
  const entry = (file: string, article: Article) => ({ file, article });

  it('finds nothing wrong with a story and its translation', () => {
    expect(crossCheck([entry('a/3001.json', ru), entry('a/3002.json', ky)])).toEqual([]);
  });

  it('names both files that share an id', () => {
    const problems = crossCheck([
      entry('a/3001.json', ru),
      entry('a/3002.json', ky),
      entry('b/3001.json', articleFixture({ id: '3001' })),
    ]);
    expect(problems).toEqual(['b/3001.json: id: "3001" is also the id of a/3001.json']);
  });

  it('reports a translation that points at no article', () => {
    expect(crossCheck([entry('a/3001.json', ru)])).toEqual([
      'a/3001.json: translations.ky: no article has the id "3002"',
    ]);
  });

  it('reports a translation that points at an article in the wrong language', () => {
    const notKyrgyz = articleFixture({ id: '3002', lang: 'ru', slug: 'drugaya' });
    expect(crossCheck([entry('a/3001.json', ru), entry('a/3002.json', notKyrgyz)])).toEqual([
      'a/3001.json: translations.ky: article "3002" (a/3002.json) is in "ru", not "ky"',
    ]);
  });
});

describe('loadContent', () => {
  const temporary: string[] = [];

  async function contentDir(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'reader-content-'));
    temporary.push(dir);
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(dir, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    }
    return dir;
  }

  async function contentErrorOf(dirs: string[]): Promise<ContentError> {
    try {
      await loadContent(dirs);
    } catch (error) {
      if (error instanceof ContentError) return error;
      throw error;
    }
    throw new Error('expected loadContent to throw a ContentError');
  }

  afterEach(async () => {
    await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('loads the shipped content', async () => {
    const files = await loadContent(['content']);
    expect(files.map(({ file, article }) => [file, article.id])).toEqual(
      expect.arrayContaining([
        [path.join('content', 'articles', '1001.json'), '1001'],
        [path.join('content', 'articles', '1002.json'), '1002'],
      ]),
    );
  });

  it('reads JSON files in nested folders, in name order, and ignores other files', async () => {
    const dir = await contentDir({
      '2017/07/3002.json': JSON.stringify(ky),
      '3001.json': JSON.stringify(ru),
      'README.md': '# not an article',
    });
    const files = await loadContent([dir]);
    expect(files.map(({ article }) => article.id).sort()).toEqual(['3001', '3002']);
    expect(files.map(({ file }) => path.basename(file))).not.toContain('README.md');
    expect(files.find(({ article }) => article.id === '3002')?.file).toBe(
      path.relative(process.cwd(), path.join(dir, '2017', '07', '3002.json')),
    );
  });

  it('merges several folders', async () => {
    const first = await contentDir({ '3001.json': JSON.stringify(ru) });
    const second = await contentDir({ '3002.json': JSON.stringify(ky) });
    const files = await loadContent([first, second]);
    expect(files.map(({ article }) => article.id)).toEqual(['3001', '3002']);
  });

  it('reports invalid JSON with the file name', async () => {
    const dir = await contentDir({ '3001.json': '{ not json' });
    const error = await contentErrorOf([dir]);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toContain(path.join(path.basename(dir), '3001.json'));
    expect(error.problems[0]).toContain('not valid JSON');
  });

  it('reports a schema error with the file AND the field', async () => {
    const dir = await contentDir({
      '3001.json': JSON.stringify({ ...articleFixture({ id: '3001' }), slug: 'Not A Slug' }),
    });
    const error = await contentErrorOf([dir]);
    const file = path.relative(process.cwd(), path.join(dir, '3001.json'));
    expect(error.problems).toEqual([
      `${file}: slug: must be lowercase Latin words joined by hyphens`,
    ]);
  });

  it('reports a file named after another id', async () => {
    const dir = await contentDir({ 'story.json': JSON.stringify(articleFixture({ id: '3001' })) });
    const error = await contentErrorOf([dir]);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(
      /story\.json: id: the file of article "3001" must be named 3001\.json$/,
    );
  });

  it('reports a duplicate id naming both files', async () => {
    const first = await contentDir({ '3001.json': JSON.stringify(articleFixture({ id: '3001' })) });
    const second = await contentDir({
      '3001.json': JSON.stringify(articleFixture({ id: '3001', title: 'Другая' })),
    });
    const error = await contentErrorOf([first, second]);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toContain(path.join(path.basename(first), '3001.json'));
    expect(error.problems[0]).toContain(path.join(path.basename(second), '3001.json'));
    expect(error.problems[0]).toContain('id: "3001" is also the id of');
  });

  it('reports a dangling translation id', async () => {
    const dir = await contentDir({ '3001.json': JSON.stringify(ru) });
    const error = await contentErrorOf([dir]);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(
      /3001\.json: translations\.ky: no article has the id "3002"$/,
    );
  });

  it('reports a translation in the wrong language', async () => {
    const dir = await contentDir({
      '3001.json': JSON.stringify(ru),
      '3002.json': JSON.stringify({ ...ky, lang: 'ru', translations: {} }),
    });
    const error = await contentErrorOf([dir]);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(
      /translations\.ky: article "3002" \(.*3002\.json\) is in "ru"/,
    );
  });

  it('lists every problem of every file in one ContentError', async () => {
    const dir = await contentDir({
      '3001.json': JSON.stringify(ru),
      '3003.json': '[',
      '3004.json': JSON.stringify({ ...articleFixture({ id: '3004' }), lang: 'en', title: '' }),
    });
    const error = await contentErrorOf([dir]);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toHaveLength(4);
    expect(error.problems.join('\n')).toMatch(/3003\.json: not valid JSON/);
    expect(error.problems.join('\n')).toMatch(/3004\.json: lang: must be "ru" or "ky"/);
    expect(error.problems.join('\n')).toMatch(/3004\.json: title: must not be empty/);
    expect(error.problems.join('\n')).toMatch(/3001\.json: translations\.ky: no article/);
    for (const problem of error.problems) expect(error.message).toContain(`  - ${problem}`);
    expect(error.message.startsWith('Invalid content:\n')).toBe(true);
  });

  it('rejects a folder that does not exist', async () => {
    await expect(loadContent([path.join(os.tmpdir(), 'reader-no-such-dir-x')])).rejects.toThrow(
      /ENOENT/,
    );
  });
});
