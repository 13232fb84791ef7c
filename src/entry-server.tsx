import { QueryClientProvider, type Query, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import {
  createStaticHandler,
  createStaticRouter,
  isRouteErrorResponse,
  StaticRouterProvider,
} from 'react-router';
import { createQueryClient } from './app/query-client.ts';
import { createRoutes } from './app/router.tsx';
import { queriesOf, serializePageData } from './app/page-data.ts';
import { hashQueryKey } from './app/ssr/hash-query-key.ts';
import { pageHead, type HeadInput } from './app/ssr/page-head.ts';
import * as v from 'valibot';
import { addressQueryOf, articleQueries } from './features/articles/api/article-queries.ts';
import { ArticleAddressSchema } from './features/articles/model/article-schema.ts';
import { optionalFeedKey } from './features/articles/api/feed-queries.ts';
import { relatedFeeds, relatedQueryOf } from './features/articles/api/related-queries.ts';
import { FeedPageSchema, type FeedPage } from './features/articles/model/feed-schema.ts';
import { relatedStories } from './features/articles/model/related-stories.ts';
import { loadAllCatalogues } from './shared/i18n/catalogues.ts';
import { DEFAULT_LANG } from './shared/i18n/languages.ts';
import { langFromPathname } from './shared/lib/route-responses.ts';

/**
 * Renders one page of the reader to HTML at build time, with the same routes, loaders and
 * components the browser runs, and the data it needs to hydrate without refetching.
 */

export type RenderResult =
  | { kind: 'redirect'; status: number; location: string }
  | {
      kind: 'page';
      status: number;
      lang: string;
      /** Elements for `<head>`: the title React rendered, then description, links, previews. */
      head: string;
      /** The app's markup, for the root element. */
      html: string;
      /** Non-executable JSON the client hydrates from. */
      pageData: string;
    };

/** Waits for loads started without waiting (related stories), so the HTML includes them. */
async function settled(queryClient: QueryClient): Promise<void> {
  while (queryClient.isFetching() > 0) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** React 19 renders `<title>`, `<meta>` and `<link>` ahead of the markup; they belong in head. */
export function splitHoisted(html: string): { hoisted: string; body: string } {
  const match = /^(?:<(?:title)[^>]*>[^<]*<\/title>|<(?:meta|link)\b[^>]*\/?>)*/.exec(html);
  const hoisted = match?.[0] ?? '';
  return { hoisted, body: html.slice(hoisted.length) };
}

function unescapeText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface RenderSite {
  origin: string;
  /**
   * What the build already holds for a query, by its key (undefined: fetch it as the browser
   * would). The build passes what it published itself and validated from the content at its
   * source, so a page costs no request and no second parse. A query the page never asks for
   * is never seeded: the page carries exactly the data it was rendered from.
   */
  known?: (queryKey: readonly unknown[]) => unknown;
}

type Known = (queryKey: readonly unknown[]) => unknown;

/** Feed pages the build holds, parsed once each: many stories share a rubric's first page. */
const knownFeedPages = new WeakMap<object, FeedPage | undefined>();

function knownFeedPage(known: Known, queryKey: readonly unknown[]): FeedPage | undefined {
  const data = known(queryKey);
  if (typeof data !== 'object' || data === null) return undefined;
  if (!knownFeedPages.has(data)) {
    const parsed = v.safeParse(FeedPageSchema, data);
    knownFeedPages.set(data, parsed.success ? parsed.output : undefined);
  }
  return knownFeedPages.get(data);
}

/**
 * A story's related stories from the feed pages the build holds, chosen as the app chooses them
 * (see related-queries.ts); undefined when the build lacks one, and the app fetches them.
 */
function knownRelated(queryClient: QueryClient, queryKey: readonly unknown[], known: Known) {
  const related = relatedQueryOf(queryKey);
  if (!related) return undefined;
  const story = queryClient.getQueryData(articleQueries.detail(related.id).queryKey);
  if (!story) return undefined;
  const pages = relatedFeeds(story).map(({ kind, key }) =>
    knownFeedPage(known, optionalFeedKey(related.lang, kind, key, 1)),
  );
  return pages.every((page) => page !== undefined)
    ? relatedStories(
        story,
        pages.map((page) => page.items),
      )
    : undefined;
}

/**
 * A translation's address from its story as the build holds it: the page carries the address,
 * not the whole story (see articleQueries.address).
 */
function knownAddress(id: string, known: Known) {
  const story = known(articleQueries.detail(id).queryKey);
  // Picks the address's fields alone, checked as such: the build validated the whole story at
  // its source. A story the build lacks is fetched as in the browser.
  const address = v.safeParse(ArticleAddressSchema, story);
  return address.success ? address.output : undefined;
}

function seed(query: Query, queryClient: QueryClient, known: Known): void {
  const addressed = addressQueryOf(query.queryKey);
  const data =
    addressed === undefined
      ? (known(query.queryKey) ?? knownRelated(queryClient, query.queryKey, known))
      : knownAddress(addressed, known);
  if (data !== undefined) query.setData(data);
}

/**
 * What every page is rendered with. The build renders tens of thousands of pages, one after
 * another: building React Router's static handler (ranking every route) and a query client for
 * each was a fifth of a page's cost, so they are made once and the cache is emptied per page.
 */
interface Renderer {
  queryClient: QueryClient;
  handler: ReturnType<typeof createStaticHandler>;
  /** The current page's source of data the build already holds. */
  known: Known | undefined;
}

let renderer: Renderer | undefined;

function rendererOf(): Renderer {
  if (renderer) return renderer;
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    ...queryClient.getDefaultOptions(),
    queries: { ...queryClient.getDefaultOptions().queries, queryKeyHashFn: hashQueryKey },
  });
  const made: Renderer = {
    queryClient,
    handler: createStaticHandler(createRoutes(queryClient)),
    known: undefined,
  };
  // A query is seeded as it is created, before anything decides whether to fetch it.
  const cache = queryClient.getQueryCache();
  cache.subscribe((event) => {
    // The cache's own lookup types the query (the event's is untyped).
    const query = event.type === 'added' ? cache.get(event.query.queryHash) : undefined;
    if (query && made.known) seed(query, queryClient, made.known);
  });
  renderer = made;
  return made;
}

/** Pages share one cache, so they are rendered one at a time, in the order asked. */
let queue: Promise<unknown> = Promise.resolve();

export function render(url: string, site: RenderSite): Promise<RenderResult> {
  const next = queue.then(async () => {
    await loadAllCatalogues();
    const current = rendererOf();
    current.known = site.known;
    try {
      return await renderWith(current, url, site);
    } finally {
      current.known = undefined;
      // Empties the cache and drops its garbage-collection timers, which would keep a build
      // process alive.
      current.queryClient.clear();
    }
  });
  queue = next.catch(() => undefined);
  return next;
}

async function renderWith(
  { queryClient, handler }: Renderer,
  url: string,
  site: { origin: string },
): Promise<RenderResult> {
  const request = new Request(new URL(url, site.origin));
  const context = await handler.query(request);
  if (context instanceof Response) {
    return {
      kind: 'redirect',
      status: context.status,
      location: context.headers.get('Location') ?? '/',
    };
  }

  const pathname = new URL(request.url).pathname;
  const articleId = context.matches.find((match) => match.route.id === 'article')?.params.id;
  const article =
    articleId === undefined
      ? undefined
      : queryClient.getQueryData(articleQueries.detail(articleId).queryKey);
  // The language switch links to translations by their canonical URLs, with scripts or without.
  await Promise.all(
    Object.values(article?.translations ?? {}).map((id) =>
      // A translation that cannot be had leaves the switch on its fallback link.
      queryClient.query(articleQueries.address(id)).catch(() => undefined),
    ),
  );
  await settled(queryClient);

  const router = createStaticRouter(handler.dataRoutes, context);
  const { hoisted, body } = splitHoisted(
    renderToString(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );

  const errors = context.errors
    ? Object.fromEntries(
        Object.entries(context.errors).map(([routeId, error]) => {
          if (!isRouteErrorResponse(error) || error.status !== 404) {
            throw new Error(`${url}: the page failed to render: ${String(error)}`);
          }
          return [
            routeId,
            { status: error.status, statusText: error.statusText, internal: false, data: null },
          ];
        }),
      )
    : null;

  const lang = langFromPathname(pathname) ?? DEFAULT_LANG;
  // Unknown paths match a catch-all route that renders "not found" without a loader error.
  const notFound = context.statusCode === 404 || context.matches.at(-1)?.route.path === '*';
  const headInput: HeadInput = {
    origin: site.origin,
    pathname,
    lang,
    notFound,
    title: unescapeText(/<title>([^<]*)<\/title>/.exec(hoisted)?.[1] ?? ''),
    article,
    translations: Object.values(article?.translations ?? {}).flatMap((id) => {
      const translation = queryClient.getQueryData(articleQueries.address(id).queryKey);
      return translation ? [translation] : [];
    }),
  };

  return {
    kind: 'page',
    status: notFound ? 404 : context.statusCode,
    lang,
    head: hoisted + pageHead(headInput),
    html: body,
    pageData: serializePageData({
      pathname,
      router: { loaderData: context.loaderData, errors },
      queries: queriesOf(queryClient),
    }),
  };
}
