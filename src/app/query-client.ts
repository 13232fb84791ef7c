import { onlineManager, QueryClient } from '@tanstack/react-query';
import { isOffline, subscribeConnectivity } from '../shared/api/connectivity.ts';
import { retryDelay, shouldRetry } from '../shared/api/retry-policy.ts';

/**
 * The most queries the cache holds. Prefetching adds stories the reader may never open; past
 * this, the oldest that no page shows are dropped before their gcTime.
 */
export const MAX_CACHED_QUERIES = 150;

/** Keeps the cache at `max` queries by removing the least recently updated unused ones. */
export function limitCachedQueries(queryClient: QueryClient, max: number): () => void {
  const cache = queryClient.getQueryCache();
  return cache.subscribe((event) => {
    if (event.type !== 'added') return;
    const all = cache.getAll();
    if (all.length <= max) return;
    const unused = all
      // Never the query just added (it has no data yet) nor one being fetched (a loader awaits it).
      .filter(
        (query) =>
          query !== event.query &&
          query.getObserversCount() === 0 &&
          query.state.fetchStatus === 'idle',
      )
      .sort((a, b) => a.state.dataUpdatedAt - b.state.dataUpdatedAt);
    for (const query of unused.slice(0, all.length - max)) cache.remove(query);
  });
}

export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        // Bounded memory in a long session: unused stories leave the cache after ten minutes.
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        // Asked for while the browser is offline, a query still goes out (the service worker may
        // have it) and, failing, says so with a retry. By default it would wait for the
        // connection, and a page opened offline would show its skeleton until then.
        networkMode: 'always',
      },
    },
  });
  limitCachedQueries(queryClient, MAX_CACHED_QUERIES);
  return queryClient;
}

/**
 * TanStack Query's online manager follows the app's evidence (connectivity.ts) rather than only
 * the browser's flag, so live refreshes pause on a failed request too, and resume on the first
 * that succeeds. In the browser only: the build's render has no network to follow.
 */
export function followConnectivity(): void {
  onlineManager.setEventListener((setOnline) => {
    const update = () => {
      setOnline(!isOffline());
    };
    update();
    return subscribeConnectivity(update);
  });
}
