import type { QueryClient } from '@tanstack/react-query';

/**
 * Starts the service worker once the browser is idle after the app has started: its code is a
 * chunk of its own, not part of the first load. What the app has loaded by the time the first
 * worker takes over is fetched again through it.
 */
export function startServiceWorkerWhenIdle(queryClient: QueryClient): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () => {
    import('./register-service-worker.ts')
      .then(({ registerServiceWorker }) => registerServiceWorker(queryClient))
      // Without a worker the site works as before, only not offline; nothing to tell the reader.
      .catch(() => undefined);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 5000 });
  else setTimeout(start, 2000);
}
