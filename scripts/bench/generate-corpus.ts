import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RUBRICS } from '../../src/shared/i18n/rubrics.ts';

const WORDS = {
  ru: 'правительство парламент министр встреча заседание республика бишкек ош экономика бюджет закон реформа граждане область район развитие сотрудничество соглашение проект инвестиции образование здравоохранение культура спорт турнир выставка фестиваль дорога строительство энергетика'.split(
    ' ',
  ),
  ky: 'өкмөт парламент министр жолугушуу отурум республика бишкек ош экономика бюджет мыйзам реформа жарандар облус район өнүгүү кызматташтык келишим долбоор инвестиция билим берүү саламаттык маданият спорт турнир көргөзмө фестиваль жол курулуш энергетика'.split(
    ' ',
  ),
} as const;

const TAGS = Array.from({ length: 200 }, (_, index) => `тема ${index + 1}`);

/** A deterministic pseudo-random sequence, so every run generates the same corpus. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function sentence(lang: 'ru' | 'ky', next: () => number, words: number): string {
  const pool = WORDS[lang];
  const text = Array.from(
    { length: words },
    () => pool[Math.floor(next() * pool.length)] ?? '',
  ).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The article numbered `index`: pairs of Russian and Kyrgyz translations, rubrics, tags. */
export function syntheticArticle(index: number) {
  const next = random(index + 1);
  const pair = Math.floor(index / 2);
  const lang = index % 2 === 0 ? 'ru' : 'ky';
  const id = String(100000 + index);
  const otherId = String(100000 + (lang === 'ru' ? index + 1 : index - 1));
  const published = new Date(Date.UTC(2015, 0, 1) + pair * 37 * 60_000);
  const title = sentence(lang, next, 8).slice(0, -1);
  const tagCount = 1 + Math.floor(next() * 3);
  return {
    id,
    lang,
    slug: `story-${pair}-${lang}`,
    title,
    publishedAt: published.toISOString().replace('.000Z', 'Z'),
    place: lang === 'ru' ? 'Бишкек' : 'Бишкек',
    source: lang === 'ru' ? 'пресс-служба' : 'басма кызматы',
    rubric: RUBRICS[pair % RUBRICS.length],
    tags: Array.from(
      { length: tagCount },
      (_, tag) => TAGS[(pair * 7 + tag * 13) % TAGS.length] ?? 'тема',
    ),
    body: Array.from({ length: 6 + Math.floor(next() * 5) }, () => ({
      type: 'paragraph',
      runs: [{ text: Array.from({ length: 3 }, () => sentence(lang, next, 12)).join(' ') }],
    })),
    translations: { [lang === 'ru' ? 'ky' : 'ru']: otherId },
  };
}

/** Writes `count` synthetic articles (an even count keeps every translation pair whole). */
export async function generateCorpus(dir: string, count: number, concurrency = 64): Promise<void> {
  const articlesDir = path.join(dir, 'articles');
  await mkdir(articlesDir, { recursive: true });
  let nextIndex = 0;
  const total = count % 2 === 0 ? count : count + 1;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (nextIndex < total) {
        const index = nextIndex++;
        const article = syntheticArticle(index);
        await writeFile(path.join(articlesDir, `${article.id}.json`), JSON.stringify(article));
      }
    }),
  );
}
