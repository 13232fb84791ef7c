import * as v from 'valibot';
import { ApiError } from '../../shared/api/api-error.ts';
import type { Lang } from '../../shared/i18n/languages.ts';
import { searchIndexPath } from '../../shared/search/search-text.ts';
import { hitOf, type SearchEngine, type SearchHit } from './search-engine.ts';

/**
 * The site's own search: each edition's static index (built by scripts/search), read in the
 * browser by Pagefind's JS API, which fetches only the parts of the index a query needs and
 * searches in a worker. Loaded the first time a reader searches, never before.
 */

const FunctionSchema = v.function();
/** Pagefind's module, as far as it is used here. */
const PagefindSchema = v.object({
  options: FunctionSchema,
  init: FunctionSchema,
  search: FunctionSchema,
});
type Pagefind = v.InferOutput<typeof PagefindSchema>;

const ResultsSchema = v.object({
  results: v.array(v.object({ data: FunctionSchema })),
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

const loaded = new Map<Lang, Promise<Pagefind>>();

function load(lang: Lang): Promise<Pagefind> {
  let pending = loaded.get(lang);
  if (!pending) {
    const url = `${searchIndexPath(lang)}pagefind.js`;
    pending = import(/* @vite-ignore */ url).then(
      async (module: unknown) => {
        const pagefind = v.parse(PagefindSchema, module);
        // The results' addresses are the stories' own, written whole into the index.
        await pagefind.options({ baseUrl: '/', excerptLength: 24 });
        await pagefind.init();
        return pagefind;
      },
      (error: unknown) => {
        loaded.delete(lang);
        throw new ApiError('network', url, error instanceof Error ? error.message : String(error));
      },
    );
    loaded.set(lang, pending);
  }
  return pending;
}

function fragmentHit(raw: unknown): SearchHit | undefined {
  const fragment = v.safeParse(FragmentSchema, raw);
  if (!fragment.success) return undefined;
  const { url, excerpt, meta } = fragment.output;
  return hitOf({ url, excerpt, title: meta.title, publishedAt: meta.date, rubric: meta.rubric });
}

export const pagefindEngine: SearchEngine = {
  async search({ lang, query, sort, offset, limit }) {
    const pagefind = await load(lang);
    // Pagefind keeps each query's results: asking again for a later page costs no search.
    const found = v.parse(
      ResultsSchema,
      await pagefind.search(query, sort === 'newest' ? { sort: { date: 'desc' } } : {}),
    );
    const page = found.results.slice(offset, offset + limit);
    const hits = await Promise.all(page.map(async (result) => fragmentHit(await result.data())));
    return {
      total: found.results.length,
      hits: hits.filter((hit): hit is SearchHit => hit !== undefined),
    };
  },
};
