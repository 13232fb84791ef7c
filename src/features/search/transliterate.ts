import type { Lang } from '../../shared/i18n/languages.ts';

/**
 * Latin letters to Cyrillic, for readers who type on a Latin keyboard ("kemelova" for
 * "Кемелова", "bishkek" for "Бишкек"). Romanisations differ (BGN, passports, chat), so where a
 * letter can stand for more than one Cyrillic letter the first reading is the most common one
 * and the others are offered as further spellings (see transliterations).
 */

/** Longest first: "shch" before "sh" before "s". Each with its readings, likeliest first. */
const COMMON: readonly (readonly [string, readonly string[]])[] = [
  ['shch', ['щ']],
  ['sch', ['щ', 'сч']],
  ['zh', ['ж']],
  ['kh', ['х']],
  ['ts', ['ц', 'тс']],
  ['tz', ['ц']],
  ['ch', ['ч']],
  ['sh', ['ш']],
  ['yu', ['ю']],
  ['iu', ['ю']],
  ['ya', ['я']],
  ['ia', ['я', 'ия']],
  ['yo', ['е', 'йо']],
  ['ye', ['е', 'ые']],
  ['a', ['а']],
  ['b', ['б']],
  ['c', ['к', 'ц']],
  ['d', ['д']],
  ['e', ['е', 'э']],
  ['f', ['ф']],
  ['g', ['г']],
  ['h', ['х']],
  ['i', ['и', 'ы']],
  ['k', ['к']],
  ['l', ['л']],
  ['m', ['м']],
  ['n', ['н']],
  ['o', ['о']],
  ['p', ['п']],
  ['q', ['к']],
  ['r', ['р']],
  ['s', ['с']],
  ['t', ['т']],
  ['u', ['у']],
  ['v', ['в']],
  ['w', ['в']],
  ['x', ['кс']],
  ['y', ['ы', 'й', 'и']],
  ['z', ['з']],
  ["'", ['ь']],
];

/** Kyrgyz letters of Latin spellings: "Jogorku Kenesh", "Chüy", "Issyk-Köl". */
const KYRGYZ: readonly (readonly [string, readonly string[]])[] = [
  ['ng', ['ң', 'нг']],
  ['oe', ['ө']],
  ['ue', ['ү']],
  ['ö', ['ө']],
  ['ü', ['ү']],
  ['j', ['ж']],
];
const RUSSIAN: readonly (readonly [string, readonly string[]])[] = [
  ['ja', ['я']],
  ['ju', ['ю']],
  ['jo', ['е']],
  ['ö', ['е']],
  ['ü', ['ю']],
  ['j', ['й', 'ж']],
];

const TABLES: Record<Lang, readonly (readonly [string, readonly string[]])[]> = {
  ru: [...RUSSIAN, ...COMMON].sort(([a], [b]) => b.length - a.length),
  ky: [...KYRGYZ, ...COMMON].sort(([a], [b]) => b.length - a.length),
};

const VOWELS = new Set('аеёиоуыэюяөү');

/** Whether text is written in Latin letters only (and what may come between words). */
export function isLatin(text: string): boolean {
  return /[a-zöü]/i.test(text) && !/[^a-zöü0-9\s'’\-.,]/i.test(text);
}

interface Piece {
  readings: readonly string[];
}

function piecesOf(word: string, lang: Lang): Piece[] {
  const table = TABLES[lang];
  const pieces: Piece[] = [];
  for (let at = 0; at < word.length;) {
    const match = table.find(([latin]) => word.startsWith(latin, at));
    if (match) {
      pieces.push({ readings: match[1] });
      at += match[0].length;
    } else {
      pieces.push({ readings: [word.charAt(at)] });
      at += 1;
    }
  }
  return pieces;
}

/** The likeliest reading of one piece, given the Cyrillic written before it. */
function likeliest(piece: Piece, before: string): string {
  const [first = '', second] = piece.readings;
  // "y" after a vowel is "й" (Chuy, Bakiyev's "iy"): else "ы" (Kyrgyzstan).
  if (first === 'ы' && second === 'й' && VOWELS.has(before.slice(-1))) return 'й';
  // A word that starts with "e" is more often "э" (ekonomika) than "е".
  if (first === 'е' && second === 'э' && before === '') return 'э';
  return first;
}

/**
 * The Cyrillic spellings of a query typed in Latin letters, likeliest first: every word in its
 * likeliest reading, then, for each place a letter can be read another way, that one reading
 * changed (never more than `limit` in all, so that a search tries only a few).
 */
export function transliterations(query: string, lang: Lang, limit = 4): string[] {
  const words = query.toLowerCase().replace(/’/g, "'").split(/(\s+)/);
  const parts = words.map((word) => (/\s/.test(word) ? undefined : piecesOf(word, lang)));
  const spell = (change?: { word: number; piece: number; reading: string }) =>
    parts
      .map((pieces, w) => {
        if (!pieces) return words[w] ?? '';
        let text = '';
        pieces.forEach((piece, p) => {
          text +=
            change && change.word === w && change.piece === p
              ? change.reading
              : likeliest(piece, text);
        });
        return text;
      })
      .join('');
  const spellings = [spell()];
  parts.forEach((pieces, w) => {
    pieces?.forEach((piece, p) => {
      for (const reading of piece.readings) {
        const spelling = spell({ word: w, piece: p, reading });
        if (!spellings.includes(spelling)) spellings.push(spelling);
      }
    });
  });
  return spellings.slice(0, limit);
}
