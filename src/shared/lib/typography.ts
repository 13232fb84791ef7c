/**
 * Russian and Kyrgyz typography, applied as a story is rendered (editors type plain text): the
 * groups a line must not break inside. A browser breaks after a hyphen and at any space, so
 * "44-й", "44-сессиясынын", "2017 г.", "12 июля" and "Д. Кемелова" could each end up split over
 * two lines, a numeral's ending or an initial left on its own.
 */

/** Months, as a date writes them: the genitive ("12 июля") in Russian, the nominative in both. */
const MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** Units and currencies written without a full stop after a number ("5 млн", "10 км"). */
const UNITS = [
  'млн',
  'млрд',
  'трлн',
  'тыс',
  'км',
  'м',
  'см',
  'мм',
  'кг',
  'т',
  'га',
  'л',
  'ч',
  'мин',
  'сом',
  'руб',
  'долл',
  '%',
];

/** A number, its thousands grouped by spaces or not, with a decimal part or not. */
const NUMBER = String.raw`\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:[.,]\d+)?`;

/**
 * The letters of the editions' alphabets (Cyrillic, Kyrgyz's Ң, Ү, Ө among them, and Latin)
 * spelled out, not Unicode's `\p{L}`: a browser compiles the pattern as the story first renders,
 * and every script's letter classes made that the longest task of a story's start on a phone
 * (docs/performance.md).
 */
const UPPER = String.raw`A-Z\u0400-\u042f\u04a2\u04ae\u04e8`;
const LOWER = String.raw`a-z\u0430-\u045f\u04a3\u04af\u04e9`;
const LETTER = String.raw`A-Za-z\u0400-\u04ff`;

/**
 * Punctuation that stays with the group it touches: a line neither starts with a closing mark
 * ("12 июля," breaks before the comma no more than inside the group) nor ends with an opening one.
 */
const OPENING = String.raw`«„“"'(\[`;
const CLOSING = String.raw`»”"')\].,:;!?…`;

const PATTERN = new RegExp(
  // Every group starts with a capital or a digit: the lookahead passes over other places at once.
  String.raw`[${OPENING}]*(?=[${UPPER}\d])(?:` +
    [
      // Initials and the surname after them: "Д. Кемелова", "Д.Б. Кемелова", "Д. Б. Кемелова".
      String.raw`(?<![${LETTER}])(?:[${UPPER}]\.[ \u00a0]?){1,2}[ \u00a0]?[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?`,
      // A numeral and its ending: "44-й", "44-сессиясынын", "12-июлда", "2017-ж.".
      String.raw`(?<![${LETTER}\d-])${NUMBER}-[${LETTER}]+\.?`,
      // A number and the abbreviation, unit or month after it: "2017 г.", "5 млн", "12 июля".
      String.raw`(?<![${LETTER}\d-])${NUMBER}[ \u00a0](?:[${LETTER}]{1,4}\.|(?:${[...UNITS, ...MONTHS].join('|')})(?![${LETTER}]))`,
    ].join('|') +
    String.raw`)[${CLOSING}]*`,
  'gu',
);

/** A piece of text: plain, or a group to keep on one line. */
export type TextPiece = string | { keep: string };

/** `text` cut into plain pieces and groups to keep on one line, in order; nothing dropped. */
export function typographicPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let from = 0;
  for (const match of text.matchAll(PATTERN)) {
    const at = match.index;
    if (at > from) pieces.push(text.slice(from, at));
    pieces.push({ keep: match[0] });
    from = at + match[0].length;
  }
  if (from < text.length || pieces.length === 0) pieces.push(text.slice(from));
  return pieces;
}
