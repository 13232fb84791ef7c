import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { hydrateQueries, hydrationStateOf, readPageData } from './app/page-data.ts';
import { createQueryClient } from './app/query-client.ts';
import { createRoutes } from './app/router.tsx';
import { startServiceWorkerWhenIdle } from './features/offline/start-service-worker.ts';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A prerendered page brings its data; the client takes over from the HTML without refetching.
const pageData = readPageData(document, window.location.pathname);
const queryClient = createQueryClient();
if (pageData) hydrateQueries(queryClient, pageData);
const router = createBrowserRouter(
  createRoutes(queryClient),
  pageData ? { hydrationData: hydrationStateOf(pageData) } : undefined,
);

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>
);

if (pageData && container.firstElementChild) hydrateRoot(container, app);
else createRoot(container).render(app);
// Data loaded before the first service worker took over is fetched once more, through it.
startServiceWorkerWhenIdle(() => void queryClient.refetchQueries({ type: 'all' }));
