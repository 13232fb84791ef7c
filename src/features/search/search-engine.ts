import * as v from 'valibot';
import type { Lang } from '../../shared/i18n/languages.ts';
import { isRubric, type Rubric } from '../../shared/i18n/rubrics.ts';
import { DateTimeSchema } from '../../shared/lib/schema-primitives.ts';
import { safeLinkHref } from '../../shared/lib/safe-url.ts';
import type { SearchSort } from './search-params.ts';

/**
 * The one interface results come through (decision 051). The site's own static index answers
 * it (pagefind-engine.ts); a newsroom that outgrows it answers it from a search server
 * (search-server-engine.ts, docs/search.md) and nothing else of the search changes.
 */
export interface SearchRequest {
  lang: Lang;
  /** One spelling of the reader's query (see queryVariants), never empty. */
  query: string;
  sort: SearchSort;
  /** How many results to skip, and how many to give at most. */
  offset: number;
  limit: number;
}

/** A part of an excerpt: the words the query matched are marked. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** What each engine's answer must be: checked like any data from outside. */
export const SearchHitSchema = v.object({
  /** The story's address on this site. */
  url: v.pipe(
    v.string(),
    v.check((url) => url.startsWith('/') && safeLinkHref(url) === url, 'must be a path'),
  ),
  title: v.pipe(v.string(), v.nonEmpty()),
  publishedAt: DateTimeSchema,
  /** One of the rubrics' keys; any other is left out. */
  rubric: v.optional(v.string()),
  /** The text around the matched words, each marked `<mark>…</mark>`, the rest HTML-escaped. */
  excerpt: v.string(),
});

export interface SearchHit {
  url: string;
  title: string;
  publishedAt: string;
  rubric?: Rubric | undefined;
  excerpt: ExcerptPart[];
}

export interface SearchResults {
  /** How many stories match in all. */
  total: number;
  hits: SearchHit[];
}

export interface SearchEngine {
  search(request: SearchRequest): Promise<SearchResults>;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&nbsp;': '\u00a0',
};

function decode(text: string): string {
  return text.replace(
    /&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g,
    (entity) => ENTITIES[entity] ?? entity,
  );
}

/**
 * An excerpt as its parts, to be rendered as text: only `<mark>` and `</mark>` mean anything;
 * whatever else looks like markup stays text.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let at = 0;
  for (let match = pattern.exec(excerpt); match; match = pattern.exec(excerpt)) {
    if (match.index > at)
      parts.push({ text: decode(excerpt.slice(at, match.index)), marked: false });
    parts.push({ text: decode(match[1] ?? ''), marked: true });
    at = pattern.lastIndex;
  }
  if (at < excerpt.length) parts.push({ text: decode(excerpt.slice(at)), marked: false });
  return parts.filter((part) => part.text !== '');
}

/** A hit as an engine gave it, checked; undefined if it is not one. */
export function hitOf(raw: unknown): SearchHit | undefined {
  const result = v.safeParse(SearchHitSchema, raw);
  if (!result.success) return undefined;
  const { excerpt, rubric, ...hit } = result.output;
  return { ...hit, rubric: isRubric(rubric) ? rubric : undefined, excerpt: parseExcerpt(excerpt) };
}
