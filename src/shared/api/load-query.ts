import type { QueryClient, QueryFunction, QueryKey } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from './retry-policy.ts';

/**
 * For route loaders: the cached data if there is any (the page's own query refreshes it in the
 * background when stale), else a fetch with the app's retry policy.
 */
export function loadQuery<TData, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: { queryKey: TKey; queryFn?: QueryFunction<TData, TKey> },
): Promise<TData> {
  // Never paused for the connection, as a live page's refresh is: a page opened offline shows
  // what the service worker has, or says what failed.
  return queryClient.query({
    ...options,
    staleTime: 'static',
    retry: shouldRetry,
    retryDelay,
    networkMode: 'always',
  });
}
