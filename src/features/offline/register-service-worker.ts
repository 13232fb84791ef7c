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
 * Registers the service worker (loaded on idle after the app has started: none of it is on the
 * first load). A new version installs in the background and waits; the reader is told and
 * switches with "Обновить", which reloads the page on the new version. When the first worker
 * takes over, `keepLoadedData` should fetch again what the app loaded before it (a story opened or
 * prefetched in the first seconds), so that it too is kept for reading offline.
 */
export async function registerServiceWorker(keepLoadedData: () => void): Promise<void> {
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
    void keepCurrentPage().catch(() => undefined);
    keepLoadedData();
  });

  await workbox.register();
  // A reading session can outlast the browser's own daily check: look again on return.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox.update().catch(() => undefined);
  });
}
