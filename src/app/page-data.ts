import type { QueryClient } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';
import * as v from 'valibot';
import {
  ArticleAddressSchema,
  ReaderArticleSchema,
} from '../features/articles/model/article-schema.ts';
import { FeedItemSchema, FeedPageSchema } from '../features/articles/model/feed-schema.ts';
import { addressQueryOf } from '../features/articles/api/article-queries.ts';
import { jsonForScript } from '../shared/lib/json-for-script.ts';
import { describeIssues } from '../shared/lib/schema-primitives.ts';

/**
 * What a prerendered page carries for the app to hydrate with: the router's state and the
 * queries its HTML was rendered from. It travels as non-executable JSON
 * (`<script type="application/json">`), so a strict CSP needs no hash for it, and is parsed
 * here like any other input.
 */
export const PAGE_DATA_ID = 'page-data';

const KeyPartSchema = v.union([v.string(), v.number()]);

const QuerySchema = v.variant('kind', [
  v.object({
    kind: v.literal('article'),
    key: v.array(KeyPartSchema),
    data: ReaderArticleSchema,
  }),
  v.object({
    kind: v.literal('address'),
    key: v.array(KeyPartSchema),
    data: ArticleAddressSchema,
  }),
  v.object({
    kind: v.literal('feed'),
    key: v.array(KeyPartSchema),
    data: FeedPageSchema,
  }),
  v.object({
    kind: v.literal('related'),
    key: v.array(KeyPartSchema),
    data: v.array(FeedItemSchema),
  }),
]);

/** A route error the build renders: only "not found" pages are prerendered with one. */
const RouteErrorSchema = v.object({
  status: v.number(),
  statusText: v.string(),
  internal: v.boolean(),
  data: v.null(),
});

const PageDataSchema = v.object({
  /** The address the page was rendered for: served at any other, it is not hydrated. */
  pathname: v.string(),
  router: v.object({
    // Loaders only decide when data loads; what they load lives in the query cache.
    loaderData: v.record(v.string(), v.null()),
    errors: v.nullable(v.record(v.string(), RouteErrorSchema)),
  }),
  queries: v.array(QuerySchema),
});

export type PageData = v.InferOutput<typeof PageDataSchema>;
type PageQuery = PageData['queries'][number];

/** The kind of each query the page may carry, by its key. */
function kindOf(key: readonly unknown[]): PageQuery['kind'] | undefined {
  // A translation's address (see article-queries.ts): the few fields linking to it takes.
  if (addressQueryOf(key) !== undefined) return 'address';
  if (key[0] === 'articles') return 'article';
  // A story's related stories (see related-queries.ts): a few feed items, not a feed page.
  if (key[0] === 'feeds' && key[2] === 'related') return 'related';
  if (key[0] === 'feeds') return 'feed';
  return undefined;
}

/** The successful queries of the cache, as page data. */
export function queriesOf(queryClient: QueryClient): unknown[] {
  return queryClient
    .getQueryCache()
    .getAll()
    .flatMap((query) => {
      const kind = kindOf(query.queryKey);
      if (query.state.status !== 'success' || !kind) return [];
      return [{ kind, key: query.queryKey, data: query.state.data }];
    });
}

/** The page data as the text of its `<script type="application/json">` element. */
export function serializePageData(data: unknown): string {
  return jsonForScript(data);
}

export function parsePageData(text: string): PageData {
  const result = v.safeParse(PageDataSchema, JSON.parse(text));
  if (!result.success) {
    throw new Error(`The page's data is invalid: ${describeIssues(result.issues).join('; ')}`);
  }
  // Data checked as one kind must not land under another kind's key (an address where the
  // story route expects a whole story).
  const misplaced = result.output.queries.findIndex((query) => kindOf(query.key) !== query.kind);
  if (misplaced >= 0) {
    throw new Error(`The page's data is invalid: queries.${misplaced}: its key is not its kind's`);
  }
  return result.output;
}

/** The page data of a prerendered document, if it has any that can be read. */
export function readPageData(document: Document): PageData | undefined {
  const text = document.getElementById(PAGE_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    return parsePageData(text);
  } catch (error) {
    // A page whose data cannot be read is rendered afresh by the client instead.
    console.error(error);
    return undefined;
  }
}

/**
 * Whether the page may be hydrated at the address it is shown at. Servers also serve a page at
 * other addresses (a story at an outdated slug, `/ru/index.html` for `/ru/`): hydrating it
 * there would render another route over it, though its data still answers the same queries.
 */
export function isRenderedFor(data: PageData, pathname: string): boolean {
  return data.pathname === pathname;
}

/**
 * Seeds the cache with what the page was rendered from. The data counts as fresh from now: it is
 * exactly as current as the HTML the reader was just served, so refetching it at once would only
 * spend a slow network on what is already on screen.
 */
export function hydrateQueries(queryClient: QueryClient, data: PageData): void {
  for (const query of data.queries) queryClient.setQueryData(query.key, query.data);
}

export function hydrationStateOf(data: PageData): HydrationState {
  return { loaderData: data.router.loaderData, errors: data.router.errors };
}
