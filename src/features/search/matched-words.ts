/**
 * Pagefind shortens a query's word it cannot find in the index, a letter at a time, until a
 * shorter word matches ("installa" finds "instal", which stemming left in the index). It does so
 * without limit: "абракадабра" ends at "а" and finds every story. These say whether the words a
 * result matched stand for the query's words, rather than for such a stub.
 */

/**
 * A word's parts as the index splits it ("44-сессиясынын": "44", "сессиясынын"), lower case and
 * without accents, which the index ignores ("й" compares as "и", as Pagefind compares them).
 */
function parts(word: string): string[] {
  return word
    .toLocaleLowerCase('ru')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** How many letters the two words share from their start. */
function sharedStart(a: string, b: string): number {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common;
}

/**
 * Whether `matched`, a word found in a story, stands for `term`, a word of the query: it, or a
 * part of it, shares at least half of the term's letters from its start (and three, or the whole
 * term, if shorter), which inflected forms and a word typed only in part do, and a stub of a
 * longer word does not. A hyphenated term ("кара-балта") is compared whole, as Pagefind drops
 * its hyphen.
 */
export function standsFor(term: string, matched: string): boolean {
  const wanted = parts(term).join('');
  const needed = Math.min(wanted.length, Math.max(3, Math.ceil(wanted.length / 2)));
  const matchedParts = parts(matched);
  return (
    wanted.length > 0 &&
    [matchedParts.join(''), ...matchedParts].some((part) => sharedStart(wanted, part) >= needed)
  );
}

/**
 * Whether a result found the query: some word of the query stands for a word the result
 * matched. `content` is the story's indexed text and `locations` the positions (in words) of
 * the words the result matched.
 */
export function findsQuery(query: string, content: string, locations: readonly number[]): boolean {
  const words = content.split(/\s+/).filter(Boolean);
  const matched = locations.flatMap((location) => words[location] ?? []);
  const terms = query.split(/\s+/).filter(Boolean);
  return terms.some((term) => matched.some((word) => standsFor(term, word)));
}
