import * as v from 'valibot';
import { ApiError } from '../../shared/api/api-error.ts';
import { fetchJson } from '../../shared/api/fetch-json.ts';
import type { Lang } from '../../shared/i18n/languages.ts';
import {
  PART_FILTER,
  SearchPartsSchema,
  searchPartPath,
  searchPartsFile,
} from '../../shared/search/search-index.ts';
import { findsQuery } from './matched-words.ts';
import { hitOf, type SearchEngine, type SearchHit } from './search-engine.ts';

/**
 * The site's own search: each edition's static index (built by scripts/search), read in the
 * browser by Pagefind's JS API, which fetches only the pieces of the index a query needs and
 * searches in a worker. Loaded the first time a reader searches, never before.
 *
 * An edition's index is in parts, numbered from its oldest stories (decision 053): the first
 * part's Pagefind is started and every other part merged into it.
 */

const FunctionSchema = v.function();
/** Pagefind's module: each start makes an instance of its own (a failed one is thrown away). */
const ModuleSchema = v.object({ createInstance: FunctionSchema });
/** A Pagefind instance, as far as it is used here. */
const PagefindSchema = v.object({
  mergeIndex: FunctionSchema,
  filters: FunctionSchema,
  search: FunctionSchema,
  destroy: FunctionSchema,
});
type Pagefind = v.InferOutput<typeof PagefindSchema>;

const ResultSchema = v.object({
  data: FunctionSchema,
  /** Where, in words of its text, the result matched the query. */
  words: v.array(v.number()),
});
type Result = v.InferOutput<typeof ResultSchema>;
const FoundSchema = v.object({
  results: v.array(ResultSchema),
  /** How many of the results each filter's values have: the part filter's, by part. */
  filters: v.optional(v.record(v.string(), v.record(v.string(), v.number())), {}),
});
const FragmentSchema = v.object({
  url: v.string(),
  excerpt: v.string(),
  meta: v.object({
    title: v.optional(v.string(), ''),
    date: v.optional(v.string(), ''),
    rubric: v.optional(v.string()),
  }),
});

/**
 * A part's options, given as Pagefind makes the part's instance. The results' addresses are the
 * stories' own, written whole into the index. The part's version (from parts.json) tags the
 * address of its entry, which Pagefind would otherwise make new on every start, so the service
 * worker keeps one copy of each.
 */
function partOptions(version: string) {
  // An excerpt cut from the middle of the text says so at the cut.
  return { baseUrl: '/', excerptLength: 24, excerptEllipsis: '…', metaCacheTag: version };
}

interface EditionIndex {
  pagefind: Pagefind;
  parts: number;
}

async function start(lang: Lang): Promise<EditionIndex | undefined> {
  const { parts } = await fetchJson(`/${searchPartsFile(lang)}`, SearchPartsSchema);
  const [first, ...others] = parts;
  if (first === undefined) return undefined;
  const url = `${searchPartPath(lang, 0)}pagefind.js`;
  let module: unknown;
  try {
    module = await import(/* @vite-ignore */ url);
  } catch (error) {
    throw new ApiError('network', url, error instanceof Error ? error.message : String(error));
  }
  const { createInstance } = v.parse(ModuleSchema, module);
  const pagefind = v.parse(
    PagefindSchema,
    createInstance({ basePath: searchPartPath(lang, 0), ...partOptions(first) }),
  );
  try {
    // The first part loaded before any is merged: a part merged waits for it without end, and
    // a first part that cannot load says so here.
    await pagefind.filters();
    await Promise.all(
      others.map((version, index) =>
        pagefind.mergeIndex(searchPartPath(lang, index + 1), partOptions(version)),
      ),
    );
    // Loads the filters, so that each search says how many results each part has.
    await pagefind.filters();
    return { pagefind, parts: parts.length };
  } catch (error) {
    void pagefind.destroy();
    throw new ApiError('network', url, error instanceof Error ? error.message : String(error));
  }
}

const loaded = new Map<Lang, Promise<EditionIndex | undefined>>();

function load(lang: Lang): Promise<EditionIndex | undefined> {
  let pending = loaded.get(lang);
  if (!pending) {
    pending = start(lang);
    // A failed start (offline, say) is tried again by the next search.
    pending.catch(() => loaded.delete(lang));
    loaded.set(lang, pending);
  }
  return pending;
}

/** An index that failed a search is thrown away: the next search starts it again. */
function discard(lang: Lang, { pagefind }: EditionIndex): void {
  loaded.delete(lang);
  void pagefind.destroy();
}

async function search(pagefind: Pagefind, query: string, options: object = {}) {
  return v.parse(FoundSchema, await pagefind.search(query, options));
}

/**
 * Results `offset` to `offset + limit`, newest first. Pagefind orders results merged from
 * several parts by their scores, so each part is searched by itself, by date: the parts hold
 * the stories in order of publication, so the newest part's come first.
 */
async function newest(
  pagefind: Pagefind,
  query: string,
  perPart: Record<string, number>,
  parts: number,
  offset: number,
  limit: number,
): Promise<Result[]> {
  const page: Result[] = [];
  let skip = offset;
  for (let part = parts - 1; part >= 0 && page.length < limit; part--) {
    const count = perPart[String(part)] ?? 0;
    if (skip >= count) {
      skip -= count;
      continue;
    }
    const found = await search(pagefind, query, {
      filters: { [PART_FILTER]: String(part) },
      sort: { date: 'desc' },
    });
    page.push(...found.results.slice(skip, skip + limit - page.length));
    skip = 0;
  }
  return page;
}

/** A result's story as the index holds its text. */
const ContentSchema = v.object({ content: v.string() });

/**
 * Whether the query was found at all, and not only a stub of one of its words (matched-words.ts):
 * told by the words the best result matched, as the stub is the same for every result.
 */
async function foundAtAll(best: Result, query: string): Promise<boolean> {
  const fragment = v.safeParse(ContentSchema, await best.data());
  // A fragment without its text cannot tell: the results stand, as Pagefind gave them.
  return !fragment.success || findsQuery(query, fragment.output.content, best.words);
}

/**
 * The parts that found the query itself, with how many stories each found. Pagefind shortens a
 * word that a part does not hold, and does so in each part by itself: a word in one part comes
 * with stub matches ("с", "о") from every other. A part's stub is the same for all its results,
 * so its best result says whether the part found the query.
 */
async function partsFinding(
  pagefind: Pagefind,
  query: string,
  perPart: Record<string, number>,
): Promise<Record<string, number>> {
  const checked = await Promise.all(
    Object.entries(perPart)
      .filter(([, count]) => count > 0)
      .map(async ([part, count]): Promise<[string, number][]> => {
        const { results } = await search(pagefind, query, { filters: { [PART_FILTER]: part } });
        const best = results[0];
        return best !== undefined && (await foundAtAll(best, query)) ? [[part, count]] : [];
      }),
  );
  return Object.fromEntries(checked.flat());
}

function fragmentHit(raw: unknown): SearchHit | undefined {
  const fragment = v.safeParse(FragmentSchema, raw);
  if (!fragment.success) return undefined;
  const { url, excerpt, meta } = fragment.output;
  return hitOf({ url, excerpt, title: meta.title, publishedAt: meta.date, rubric: meta.rubric });
}

export const pagefindEngine: SearchEngine = {
  async search({ lang, query, sort, offset, limit }) {
    const index = await load(lang);
    if (!index) return { total: 0, hits: [] };
    const { pagefind, parts } = index;
    try {
      // Every part searched at once: how many results each part has.
      const found = await search(pagefind, query);
      const perPart = found.filters[PART_FILTER] ?? {};
      // A part whose filter did not load would be left out of the newest first, unseen.
      const counted = Object.values(perPart).reduce((sum, count) => sum + count, 0);
      if (counted !== found.results.length) {
        throw new ApiError('network', searchPartsFile(lang), 'a part of the index did not load');
      }
      const finding = await partsFinding(pagefind, query, perPart);
      const total = Object.values(finding).reduce((sum, count) => sum + count, 0);
      if (total === 0) return { total: 0, hits: [] };
      const page =
        sort === 'newest'
          ? await newest(pagefind, query, finding, parts, offset, limit)
          : (
              await search(pagefind, query, {
                filters: { [PART_FILTER]: { any: Object.keys(finding) } },
              })
            ).results.slice(offset, offset + limit);
      const hits = await Promise.all(page.map(async (result) => fragmentHit(await result.data())));
      return {
        total,
        hits: hits.filter((hit): hit is SearchHit => hit !== undefined),
      };
    } catch (error) {
      discard(lang, index);
      throw error;
    }
  },
};
