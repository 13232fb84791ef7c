import type { QueryClient, QueryExecuteOptions, QueryKey } from '@tanstack/react-query';

/**
 * Fetches a query into the cache unless it is there and fresh, for a page the reader may open
 * next. Never fails: a prefetch that does not work leaves the page to load as usual.
 */
export function prefetch<TData, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: QueryExecuteOptions<TData, Error, TData, TData, TKey>,
): void {
  queryClient.query(options).catch(() => undefined);
}
