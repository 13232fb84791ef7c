// @vitest-environment node
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SourceArticleSchema } from '../../src/shared/contract/article-schema.ts';
import { drawPhoto } from '../pictures/test-support/photos.ts';
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

describe('importArticle --image', () => {
  it('copies the photo into content/media/ and makes it the story’s lead picture', async () => {
    const contentDir = await tempContent();
    const photo = path.join(contentDir, 'camera.jpg');
    await (await drawPhoto(640, 480)).jpeg().toFile(photo);
    const written = await importArticle({
      file: seedPath,
      lang: 'ru',
      published: '2017-07-12',
      contentDir,
      image: photo,
      alt: ' Делегации за столом ',
      credit: 'МИД КР',
    });
    const article: unknown = JSON.parse(await readFile(written, 'utf8'));
    const parsed = v.parse(SourceArticleSchema, article);
    expect(parsed.image?.src).toMatch(/^media\/1001-[0-9a-f]{8}\.jpg$/);
    expect(parsed.image).toMatchObject({ alt: 'Делегации за столом', credit: 'МИД КР' });
    const copied = await readFile(path.join(contentDir, parsed.image?.src ?? ''));
    expect(copied.equals(await readFile(photo))).toBe(true);
  });

  it('keeps the lead picture when the story is imported again without one', async () => {
    const contentDir = await tempContent();
    const photo = path.join(contentDir, 'camera.png');
    await (await drawPhoto(320, 240)).png().toFile(photo);
    const options = { file: seedPath, lang: 'ru', published: '2017-07-12', contentDir };
    await importArticle({ ...options, image: photo, alt: 'Фото' });
    const written = await importArticle({ ...options, id: '1001', force: true });
    const article = v.parse(SourceArticleSchema, JSON.parse(await readFile(written, 'utf8')));
    expect(article.image?.alt).toBe('Фото');
    expect(article.image?.src).toMatch(/\.png$/);
  });

  it('refuses a photo without alt, or one the build would refuse, and writes nothing', async () => {
    const contentDir = await tempContent();
    const photo = path.join(contentDir, 'notes.jpg');
    await writeFile(photo, 'not a picture');
    const options = { file: seedPath, lang: 'ru', published: '2017-07-12', contentDir };
    await expect(importArticle({ ...options, image: photo })).rejects.toThrow(
      /needs --alt TEXT: say what the photo shows/,
    );
    await expect(importArticle({ ...options, image: photo, alt: 'Фото' })).rejects.toThrow(
      'notes.jpg: not a picture in a format the build reads (JPEG, PNG, WebP or AVIF)',
    );
    await expect(importArticle({ ...options, alt: 'Фото' })).rejects.toThrow(ImportError);
  });
});
