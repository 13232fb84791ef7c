import { QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider, type RouteObject } from 'react-router';
import {
  hydrateQueries,
  hydrationStateOf,
  isRenderedFor,
  readPageData,
  servedAt,
} from './app/page-data.ts';
import { createQueryClient, followConnectivity } from './app/query-client.ts';
import { createRoutes } from './app/router.tsx';
import { startServiceWorkerWhenIdle } from './features/offline/start-service-worker.ts';
import { loadCatalogue } from './shared/i18n/catalogues.ts';
import { DEFAULT_LANG } from './shared/i18n/languages.ts';
import { addressOf, langOfPath } from './shared/lib/paths.ts';
import { markRunning } from './shared/lib/use-stored-choice.ts';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/**
 * A page whose route's code loads on demand (search) is hydrated once that code is here, as
 * React Router asks: else the first render would not be the page the server rendered.
 */
async function loadLazyRoutes(routes: RouteObject[]): Promise<void> {
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
}

async function start(root: HTMLElement) {
  // A prerendered page brings its data; the client takes over from the HTML without refetching.
  // At another address (an outdated slug), its data still spares the app a fetch and a skeleton.
  // The search page is prerendered without a query: one asked for renders it afresh.
  const pageData = readPageData(document);
  const queryClient = createQueryClient();
  followConnectivity();
  if (pageData) hydrateQueries(queryClient, pageData, servedAt(document));
  const hydrating =
    pageData !== undefined &&
    isRenderedFor(pageData, window.location.pathname) &&
    !(addressOf(window.location.pathname)?.shape === 'search' && window.location.search !== '');
  const routes = createRoutes(queryClient);
  if (hydrating) await loadLazyRoutes(routes);
  const router = createBrowserRouter(
    routes,
    hydrating ? { hydrationData: hydrationStateOf(pageData) } : undefined,
  );

  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  );

  // As a transition, hydration yields to the browser every few milliseconds instead of holding a
  // slow phone's main thread for one long task. A tap that lands mid-way is not lost: React
  // finishes hydrating at once and hands the tap to the app (e2e/rubrics.spec.ts).
  if (hydrating && root.firstElementChild) startTransition(() => void hydrateRoot(root, app));
  else {
    markRunning();
    createRoot(root).render(app);
  }
  // Data loaded before the first service worker took over is fetched once more, through it.
  startServiceWorkerWhenIdle(queryClient);
}

// The page's edition's strings come first (the other edition's load on the way to it). A promise,
// not a top-level await: with one, the bundler splits the shell into more files to avoid a cycle.
// Should they fail to arrive, the page stays as it was served: readable, its links plain links.
const lang = langOfPath(window.location.pathname) ?? DEFAULT_LANG;
loadCatalogue(lang)
  .then(() => start(container))
  .catch((error: unknown) => {
    console.error('The reader could not start:', error);
  });
