import * as v from 'valibot';
import { ArticleSchema, type Article } from '../../src/shared/contract/article-schema.ts';
import type { Lang } from '../../src/shared/i18n/languages.ts';
import { describeIssues } from '../../src/shared/lib/schema-primitives.ts';
import { slugify } from '../../src/shared/lib/slugify.ts';

/** A problem with the input, located for the editor who has to fix it. */
export class ImportError extends Error {
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'ImportError';
    this.line = line;
  }
}

/**
 * Words of the source page's own chrome (share buttons, "send us your news", back/top links),
 * in Russian, Kyrgyz and English. A trailing paragraph made only of these is not the story.
 */
const CHROME_PHRASES = [
  'сообщи свою новость',
  'сообщите свою новость',
  'сообщить новость',
  'жаңылыгыңды бизге жибер',
  'жаңылык жибер',
  'поделиться',
  'бөлүшүү',
  'наверх',
  'вверх',
  'назад',
  'өйдө',
  'артка',
  'telegram',
  'whatsapp',
  'facebook',
  'twitter',
  'instagram',
  'youtube',
  'vk',
  'вконтакте',
  'одноклассники',
  'ok',
  'x',
  'share',
  'back',
  'top',
  'to top',
  'печать',
  'print',
];

function isChromeLine(line: string): boolean {
  let rest = line
    .toLowerCase()
    .replace(/[\s:.,;!|/•·–—-]+/g, ' ')
    .trim();
  if (rest === '') return true;
  // Longest phrases first, so "to top" is taken whole before "top".
  for (const phrase of [...CHROME_PHRASES].sort((a, b) => b.length - a.length)) {
    rest = rest.replace(new RegExp(`(^| )${phrase}(?= |$)`, 'gu'), ' ');
  }
  return rest.trim() === '';
}

interface Paragraph {
  text: string;
  /** 1-based line number of its first line, for messages. */
  line: number;
  lines: string[];
}

function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\u00a0/g, ' ').trim();
    if (line === '') {
      current = undefined;
      return;
    }
    if (!current) {
      current = { text: line, line: index + 1, lines: [line] };
      paragraphs.push(current);
    } else {
      current.text = `${current.text} ${line}`;
      current.lines.push(line);
    }
  });
  return paragraphs;
}

const RU_MONTHS =
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';

/**
 * The dateline place: "12 июля в г. Абиджан, …" or an agency's "БИШКЕК, 12 июля — …". After
 * "в г." the name stands in the nominative; "в Оше" is declined, so it is left to an editor.
 */
export function findPlace(firstParagraph: string): string | undefined {
  const inCity = new RegExp(
    `^\\d{1,2}\\s+(?:${RU_MONTHS})(?:\\s+\\d{4}\\s*(?:г\\.|года))?\\s+в\\s+г\\.\\s*([А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ][а-яё]+)?)`,
    'u',
  ).exec(firstParagraph);
  if (inCity?.[1]) return inCity[1];
  const agency = /^([А-ЯЁӨҮҢ][А-ЯЁӨҮҢ-]{2,})(?:\s*,\s*\d{1,2}[\s-])/u.exec(firstParagraph);
  if (agency?.[1]) {
    const name = agency[1].toLowerCase();
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  return undefined;
}

/** Who the newsroom had it from: "Об этом сообщает пресс-служба МИД КР." and its Kyrgyz forms. */
export function findSource(body: readonly string[]): string | undefined {
  for (const paragraph of body) {
    const ru = /Об этом сообща(?:ет|ют|ется)\s+([^.]+?)\s*\./u.exec(paragraph);
    if (ru?.[1]) return ru[1];
    const ky = /Бул (?:тууралуу|жөнүндө)\s+(.+?)\s+(?:кабарлады|билдирди|маалымдады)/u.exec(
      paragraph,
    );
    if (ky?.[1]) return ky[1];
  }
  return undefined;
}

export interface RawArticleOptions {
  id: string;
  lang: Lang;
  /** The publication day, YYYY-MM-DD, on the newsroom's clock (Bishkek, UTC+6). */
  published: string;
}

function parsePublished(published: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
  if (!match || !date || date.toISOString().slice(0, 10) !== published) {
    throw new ImportError(`invalid date "${published}": give the publication day as YYYY-MM-DD`);
  }
  return `${published}T00:00:00+06:00`;
}

/** Turns a raw story text (headline, blank-line paragraphs, then page chrome) into an article. */
export function parseRawArticle(text: string, options: RawArticleOptions): Article {
  const publishedAt = parsePublished(options.published);
  if (text.trim() === '') throw new ImportError('the file is empty', 1);
  const firstLine = text.split(/\r?\n/)[0] ?? '';
  if (firstLine.trim() === '')
    throw new ImportError('no headline: the first line must be the headline', 1);

  const paragraphs = paragraphsOf(text);
  const [headline, ...rest] = paragraphs;
  if (!headline) throw new ImportError('the file is empty', 1);
  if (headline.lines.length > 1) {
    throw new ImportError(
      'the headline must be one line followed by a blank line',
      headline.line + 1,
    );
  }
  // Only trailing chrome goes: a short line inside the story is the story's.
  const body = [...rest];
  while (body.at(-1)?.lines.every(isChromeLine)) body.pop();
  if (body.length === 0) {
    throw new ImportError(
      'no body: the headline must be followed by paragraphs of text',
      headline.line + 1,
    );
  }

  const bodyTexts = body.map((paragraph) => paragraph.text);
  const place = findPlace(bodyTexts[0] ?? '');
  const source = findSource(bodyTexts);
  const candidate = {
    id: options.id,
    lang: options.lang,
    slug: slugify(headline.text),
    title: headline.text,
    publishedAt,
    ...(place ? { place } : {}),
    ...(source ? { source } : {}),
    body: bodyTexts.map((paragraph) => ({ type: 'paragraph', runs: [{ text: paragraph }] })),
  };
  const result = v.safeParse(ArticleSchema, candidate);
  if (!result.success) {
    throw new ImportError(
      `the article would be invalid: ${describeIssues(result.issues).join('; ')}`,
    );
  }
  return result.output;
}
