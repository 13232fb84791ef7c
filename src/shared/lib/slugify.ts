/**
 * Russian and Kyrgyz Cyrillic to Latin for URL slugs: a simple, readable scheme close to what
 * Kyrgyz and Russian news sites use (ң → ng, ө → o, ү → u; ъ and ь dropped).
 */
const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ng',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

export function transliterate(text: string): string {
  return text.toLowerCase().replace(/[а-яёңөү]/g, (char) => LETTERS[char] ?? char);
}

export const SLUG_MAX_LENGTH = 90;

/** A URL slug from a headline: Latin words joined by hyphens, cut at a word boundary. */
export function slugify(headline: string, maxLength = SLUG_MAX_LENGTH): string {
  const words = transliterate(headline.normalize('NFC'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than lost.
  return slug || (words[0] ?? '').slice(0, maxLength);
}
