// @vitest-environment node
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticle, nextFreeId } from './import-article.ts';
import { ImportError } from './parse-raw-article.ts';

const seedPath = path.join(import.meta.dirname, 'fixtures/000_abe65bf60f3c6c30.txt');

async function tempContent() {
  return mkdtemp(path.join(os.tmpdir(), 'import-'));
}

describe('nextFreeId', () => {
  it('is one above the highest numeric id', () => {
    expect(nextFreeId(['1001', '1002', 'special-7'])).toBe('1003');
    expect(nextFreeId([])).toBe('1001');
  });
});

describe('importArticle', () => {
  it('writes the article and returns its path', async () => {
    const contentDir = await tempContent();
    const written = await importArticle({
      file: seedPath,
      lang: 'ru',
      published: '2017-07-12',
      contentDir,
    });
    expect(written).toBe(path.join(contentDir, 'articles', '1001.json'));
    const article: unknown = JSON.parse(await readFile(written, 'utf8'));
    expect(article).toMatchObject({ id: '1001', lang: 'ru', place: 'Абиджан' });
  });

  it('never overwrites an existing article without --force', async () => {
    const contentDir = await tempContent();
    await importArticle({ file: seedPath, lang: 'ru', published: '2017-07-12', contentDir });
    await expect(
      importArticle({
        file: seedPath,
        lang: 'ru',
        published: '2017-07-12',
        id: '1001',
        contentDir,
      }),
    ).rejects.toThrow(/already exists.*--force/);
    await expect(
      importArticle({ file: seedPath, lang: 'ru', published: '2017-07-12', contentDir }),
    ).rejects.toThrow(/already in .*1001\.json/);
  });

  it('with --force replaces the text but keeps the editor’s translations', async () => {
    const contentDir = await tempContent();
    const first = await importArticle({
      file: seedPath,
      lang: 'ru',
      published: '2017-07-12',
      contentDir,
    });
    const linked: unknown = {
      ...JSON.parse(await readFile(first, 'utf8')),
      translations: { ky: '1002' },
    };
    await writeFile(first, JSON.stringify(linked));
    await importArticle({
      file: seedPath,
      lang: 'ru',
      published: '2017-07-12',
      id: '1001',
      force: true,
      contentDir,
    });
    expect(JSON.parse(await readFile(first, 'utf8'))).toMatchObject({
      translations: { ky: '1002' },
    });
  });

  it('rejects an unknown language and a bad id', async () => {
    const contentDir = await tempContent();
    await expect(
      importArticle({ file: seedPath, lang: 'en', published: '2017-07-12', contentDir }),
    ).rejects.toThrow(ImportError);
    await expect(
      importArticle({
        file: seedPath,
        lang: 'ky',
        published: '2017-07-12',
        id: 'Bad Id',
        contentDir,
      }),
    ).rejects.toThrow(/invalid id/);
  });
});
