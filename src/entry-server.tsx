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
import { pageHead, type HeadInput } from './app/ssr/page-head.ts';
import { articleQueries } from './features/articles/api/article-queries.ts';
import { knownQuery } from './features/articles/api/query-kinds.ts';
import { loadAllCatalogues } from './shared/i18n/catalogues.ts';
import { DEFAULT_LANG } from './shared/i18n/languages.ts';
import { langOfPath } from './shared/lib/paths.ts';

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

/** Reads a file of the built API (its path below the API root): its JSON, or undefined. */
export type ReadApiFile = (file: string) => unknown;

export interface RenderSite {
  origin: string;
  /**
   * The API as the build published it. Each query a page makes is answered from the file its
   * kind names (query-kinds.ts), so a page costs no request; a query the page never makes is
   * never answered, so the page carries exactly the data it was rendered from.
   */
  readApiFile: ReadApiFile;
}

/**
 * Answers a query from the API's files as it is created, before anything decides to fetch it.
 * The build validated every story where it came in (its source); its own files are not checked
 * a second time for each of the pages that read them.
 */
function seed(query: Query, readApiFile: ReadApiFile): void {
  const known = knownQuery(query.queryKey);
  if (!known) return;
  const data = readApiFile(known.file) ?? known.whenMissing();
  if (data !== undefined) query.setData(known.fromBuild(data));
}

/**
 * What every page is rendered with: React Router's static handler and a query client, made once
 * and emptied after each page (the build renders pages one after another).
 */
interface Renderer {
  queryClient: QueryClient;
  handler: ReturnType<typeof createStaticHandler>;
  /** The current page's API. */
  readApiFile: ReadApiFile | undefined;
}

let renderer: Renderer | undefined;

function rendererOf(): Renderer {
  if (renderer) return renderer;
  const queryClient = createQueryClient();
  const made: Renderer = {
    queryClient,
    handler: createStaticHandler(createRoutes(queryClient)),
    readApiFile: undefined,
  };
  const cache = queryClient.getQueryCache();
  cache.subscribe((event) => {
    // The cache's own lookup types the query (the event's is untyped).
    const query = event.type === 'added' ? cache.get(event.query.queryHash) : undefined;
    if (query && made.readApiFile) seed(query, made.readApiFile);
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
    current.readApiFile = site.readApiFile;
    try {
      return await renderWith(current, url, site);
    } finally {
      current.readApiFile = undefined;
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

  const lang = langOfPath(pathname) ?? DEFAULT_LANG;
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
