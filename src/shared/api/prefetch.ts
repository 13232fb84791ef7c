import type { QueryClient, QueryExecuteOptions, QueryKey } from '@tanstack/react-query';

/**
 * Fetches a query into the cache unless it is there and fresh, for a page the reader may open
 * next. Never fails: a prefetch that does not work leaves the page to load as usual.
 */
export function prefetch<TData, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: QueryExecuteOptions<TData, Error, TData, TData, TKey>,
): void {
  // Not paused while offline: the service worker may have it (see live-refresh.ts).
  queryClient.query({ ...options, networkMode: 'always' }).catch(() => undefined);
}
