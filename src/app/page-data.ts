import type { QueryClient } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';
import * as v from 'valibot';
import { knownQuery } from '../features/articles/api/query-kinds.ts';
import { jsonForScript } from '../shared/lib/json-for-script.ts';
import { describeIssues } from '../shared/lib/schema-primitives.ts';

/**
 * What a prerendered page carries for the app to hydrate with: the router's state and the
 * queries its HTML was rendered from. It travels as non-executable JSON
 * (`<script type="application/json">`), so a strict CSP needs no hash for it, and is parsed
 * here like any other input: each query's data with its kind's schema (query-kinds.ts).
 */
export const PAGE_DATA_ID = 'page-data';

const KeyPartSchema = v.union([v.string(), v.number()]);

const QuerySchema = v.object({ key: v.array(KeyPartSchema), data: v.unknown() });

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

/** The successful queries of the cache that the app knows how to check, as page data. */
export function queriesOf(queryClient: QueryClient): unknown[] {
  return queryClient
    .getQueryCache()
    .getAll()
    .flatMap((query) =>
      query.state.status === 'success' && knownQuery(query.queryKey)
        ? [{ key: query.queryKey, data: query.state.data }]
        : [],
    );
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
  const queries = result.output.queries.map((query, index) => {
    const kind = knownQuery(query.key);
    if (!kind) throw new Error(`The page's data is invalid: queries.${index}: no such query`);
    const data = v.safeParse(kind.schema, query.data);
    if (!data.success) {
      const issues = describeIssues(data.issues).map((issue) => `queries.${index}.data.${issue}`);
      throw new Error(`The page's data is invalid: ${issues.join('; ')}`);
    }
    return { key: query.key, data: data.output };
  });
  return { ...result.output, queries };
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
 * When the page's HTML (and so its data) was made: its Last-Modified, as the browser reports it
 * (`document.lastModified`, which is the current time where the server sent none). A page kept
 * by the service worker keeps its header. Never later than now.
 */
export function servedAt(document: Pick<Document, 'lastModified'>, now = Date.now()): number {
  const modified = new Date(document.lastModified).getTime();
  return Number.isNaN(modified) ? now : Math.min(modified, now);
}

/**
 * Seeds the cache with what the page was rendered from, dated `updatedAt` (servedAt): a page
 * made a minute ago or more (prerendered before the last story, or kept offline) has its feed
 * or story asked again once the app has started, after the first paint; a fresh one costs no
 * request.
 */
export function hydrateQueries(queryClient: QueryClient, data: PageData, updatedAt: number): void {
  for (const query of data.queries) {
    queryClient.setQueryData(query.key, query.data, { updatedAt });
  }
}

export function hydrationStateOf(data: PageData): HydrationState {
  return { loaderData: data.router.loaderData, errors: data.router.errors };
}
