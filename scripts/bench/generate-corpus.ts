import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RUBRICS } from '../../src/shared/i18n/rubrics.ts';

/**
 * The topic words of each edition, common in news: the first in over half of the stories, the
 * last in under one in ten.
 */
const TOPICS = {
  ru: 'правительство парламент министр встреча заседание республика бишкек ош экономика бюджет закон реформа граждане область район развитие сотрудничество соглашение проект инвестиции образование здравоохранение культура спорт турнир выставка фестиваль дорога строительство энергетика'.split(
    ' ',
  ),
  ky: 'өкмөт парламент министр жолугушуу отурум республика бишкек ош экономика бюджет мыйзам реформа жарандар облус район өнүгүү кызматташтык келишим долбоор инвестиция билим берүү саламаттык маданият спорт турнир көргөзмө фестиваль жол курулуш энергетика'.split(
    ' ',
  ),
} as const;

/** The most frequent words of each language, the commonest in every story. */
const FUNCTION_WORDS = {
  ru: 'и в на с по не что о к за из от для как это также было его при после'.split(' '),
  ky: 'жана менен үчүн да бул деп болуп анын ал боюнча дагы ошондой эле бир кийин бирок'.split(' '),
} as const;

/**
 * How many distinct words the stories use. News text follows Zipf's law: a word's frequency
 * falls with its rank, so most words (names, places, rarer terms) are in few stories. A corpus
 * of a few dozen words, each in every story, would make every search a worst case.
 */
const VOCABULARY_SIZE = 30_000;
const SYLLABLES = {
  ru: 'ба ва га да за ка ла ма на па ра са та ха ча ша бе ве ле ме не ре се те би ви ди ки ли ми ни ри си ти бо во го до ко ло мо но по ро со то бу ду ку лу му ну ру су ту'.split(
    ' ',
  ),
  ky: 'ба жа га да за ка ла ма на па ра са та ча ша бе же ке ле ме не ре се те бү жү күл лү мү нү рү сү тү бо жо го до ко ло мо но по ро со то бө көл төр сөз'.split(
    ' ',
  ),
} as const;

/**
 * The edition's word of the given rank (1 the most frequent): its function words first, its
 * topic words spread over the next few hundred ranks, then made-up names and terms.
 */
export function vocabularyWord(lang: 'ru' | 'ky', rank: number): string {
  const functionWords = FUNCTION_WORDS[lang];
  if (rank <= functionWords.length) return functionWords[rank - 1] ?? '';
  const topic = (rank - functionWords.length) / 10;
  if (Number.isInteger(topic) && topic <= TOPICS[lang].length) return TOPICS[lang][topic - 1] ?? '';
  const syllables = SYLLABLES[lang];
  let word = '';
  for (let n = rank * 7919; word.length < 6 || n > 0; n = Math.floor(n / syllables.length)) {
    word += syllables[n % syllables.length] ?? '';
  }
  return word;
}

/** Each rank's share of all words, added up: a word is drawn by where a random number falls. */
const CUMULATIVE = (() => {
  const weights = Array.from({ length: VOCABULARY_SIZE }, (_, index) => 1 / (index + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let sum = 0;
  return weights.map((weight) => (sum += weight / total));
})();

function drawRank(next: () => number): number {
  const x = next();
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((CUMULATIVE[middle] ?? 1) < x) low = middle + 1;
    else high = middle;
  }
  return low + 1;
}

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
  const text = Array.from({ length: words }, () => vocabularyWord(lang, drawRank(next))).join(' ');
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
