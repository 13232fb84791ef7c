import * as v from 'valibot';

/** The longest query searched: longer ones are cut (a pasted paragraph is not a query). */
export const MAX_QUERY_LENGTH = 200;

export const SORTS = ['newest', 'relevance'] as const;
export type SearchSort = (typeof SORTS)[number];

/** A query as it is searched and written in the address: spaces collapsed, cut to length. */
export function normalizeQuery(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * A search address's parameters (`?q=…&sort=relevance`), as a reader may have typed, shared or
 * mangled them: any `q` is taken as text, trimmed and cut to length; an unknown `sort` is the
 * default, newest first.
 */
const SearchParamsSchema = v.object({
  q: v.pipe(v.fallback(v.string(), ''), v.transform(normalizeQuery)),
  sort: v.fallback(v.picklist(SORTS), 'newest'),
});

export type SearchParams = v.InferOutput<typeof SearchParamsSchema>;

export function parseSearchParams(params: URLSearchParams): SearchParams {
  return v.parse(SearchParamsSchema, {
    q: params.get('q') ?? undefined,
    sort: params.get('sort') ?? undefined,
  });
}

/** The query string of a search address: the default sort is left out. */
export function searchParamsString({ q, sort }: SearchParams): string {
  const params = new URLSearchParams({ q });
  if (sort !== 'newest') params.set('sort', sort);
  return `?${params.toString()}`;
}
