import * as v from 'valibot';

/**
 * How each edition's search index is published (decision 053), for the build that writes it
 * and the app that reads it: `search-index/{lang}/parts.json` lists the parts' versions,
 * and part N (numbered from the oldest stories) is a Pagefind bundle in
 * `search-index/{lang}/{N}/`. Each story is indexed with the filter `part: N`.
 */

/** Where the editions' indexes are published, below the site's root. */
export const SEARCH_INDEX_DIR = 'search-index';

/** Stories per part: what one story published or edited costs to index again. */
export const SEARCH_PART_SIZE = 2000;

/** The Pagefind filter that names a story's part. */
export const PART_FILTER = 'part';

/** parts.json: each part's version (a hash of its entry), from part 0 on. */
export const SearchPartsSchema = v.object({
  parts: v.array(v.pipe(v.string(), v.regex(/^[\w-]+$/, 'must be a version'))),
});

/** The file naming an edition's parts, below the site's root. */
export function searchPartsFile(lang: string): string {
  return `${SEARCH_INDEX_DIR}/${lang}/parts.json`;
}

/** A file of part `part` of an edition's index, below the site's root. */
export function searchPartFile(lang: string, part: number, file: string): string {
  return `${SEARCH_INDEX_DIR}/${lang}/${String(part)}/${file}`;
}

/** The address of part `part` of an edition's index (its Pagefind bundle). */
export function searchPartPath(lang: string, part: number): string {
  return `/${searchPartFile(lang, part, '')}`;
}
