import type { QueryClient } from '@tanstack/react-query';
import { Workbox } from 'workbox-window';
import { announceUpdate } from './update-signal.ts';

/**
 * The page was loaded before any worker could keep it: ask for it again through the worker that
 * has just taken over, so the story (or front page) the reader first opened is there offline.
 * The worker's page route answers requests that accept HTML (scripts/pwa/service-worker.ts).
 */
async function keepCurrentPage(): Promise<void> {
  await fetch(window.location.href, { headers: { Accept: 'text/html' } });
}

/**
 * The page and every query loaded before the first worker took over (a story opened or fetched
 * ahead in the first seconds) are fetched again through it, so that they too are kept for reading
 * offline. One request per task: started all at once, they held a slow phone's main thread for
 * one long task just as the page became ready for taps.
 */
function keepLoadedData(queryClient: QueryClient): void {
  const later = (fetchAgain: () => Promise<unknown>) => {
    setTimeout(() => void fetchAgain().catch(() => undefined));
  };
  later(keepCurrentPage);
  for (const { queryKey } of queryClient.getQueryCache().getAll()) {
    later(() => queryClient.refetchQueries({ queryKey, exact: true }));
  }
}

/**
 * Registers the service worker (loaded on idle after the app has started: none of it is on the
 * first load). A new version installs in the background and waits; the reader is told and
 * switches with "Обновить", which reloads the page on the new version. When the first worker
 * takes over, what the app loaded before it is fetched again through it.
 */
export async function registerServiceWorker(queryClient: QueryClient): Promise<void> {
  const workbox = new Workbox('/sw.js', { scope: '/' });
  let controlled = navigator.serviceWorker.controller !== null;

  workbox.addEventListener('waiting', () => {
    announceUpdate(() => {
      workbox.messageSkipWaiting();
    });
  });
  workbox.addEventListener('controlling', () => {
    // A new version took over (asked for here or in another tab): this page's code is the old one.
    if (controlled) {
      window.location.reload();
      return;
    }
    controlled = true;
    keepLoadedData(queryClient);
  });

  await workbox.register();
  // A reading session can outlast the browser's own daily check: look again on return.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox.update().catch(() => undefined);
  });
}
