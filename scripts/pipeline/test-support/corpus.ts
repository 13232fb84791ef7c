import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RUBRICS } from '../../../src/shared/i18n/rubrics.ts';

/**
 * A small newsroom for the pipeline's tests: Russian stories and their Kyrgyz translations, a
 * story every few hours, in every rubric and under a few shared tags, enough for each edition's
 * feed to run to several pages.
 */
export function corpusStory(index: number, overrides: Record<string, unknown> = {}) {
  const pair = Math.floor(index / 2);
  const lang = index % 2 === 0 ? 'ru' : 'ky';
  const id = String(5000 + index);
  const other = String(5000 + (lang === 'ru' ? index + 1 : index - 1));
  return {
    id,
    lang,
    slug: `story-${pair}-${lang}`,
    title: lang === 'ru' ? `Новость номер ${pair}` : `${pair}-жаңылык`,
    publishedAt: new Date(Date.UTC(2017, 6, 1) + pair * 5 * 3_600_000)
      .toISOString()
      .replace('.000Z', 'Z'),
    rubric: RUBRICS[pair % RUBRICS.length],
    tags: [`тема ${pair % 3}`, `тема ${(pair % 5) + 3}`],
    body: [
      {
        type: 'paragraph',
        runs: [{ text: lang === 'ru' ? `Текст новости ${pair}.` : `${pair}-жаңылыктын тексти.` }],
      },
    ],
    translations: { [lang === 'ru' ? 'ky' : 'ru']: other },
    ...overrides,
  };
}

/** Writes `count` stories (pairs: an even count) into `dir`/articles; returns that folder. */
export async function writeCorpus(dir: string, count: number): Promise<string> {
  const articles = path.join(dir, 'articles');
  await mkdir(articles, { recursive: true });
  for (let index = 0; index < count; index++) {
    const story = corpusStory(index);
    await writeFile(path.join(articles, `${story.id}.json`), JSON.stringify(story));
  }
  return articles;
}
