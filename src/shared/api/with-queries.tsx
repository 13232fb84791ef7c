import {
  useQuery,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { ReactNode } from 'react';

type Options<TData, TKey extends QueryKey> = UseQueryOptions<TData, Error, TData, TKey>;

interface WithQueriesProps<TData, TKey extends QueryKey> {
  queries: readonly Options<TData, TKey>[];
  children: (results: readonly UseQueryResult<TData>[]) => ReactNode;
  /** The results of the queries observed further up; only the chain below passes them. */
  observed?: readonly UseQueryResult<TData>[];
}

function Observed<TData, TKey extends QueryKey>({
  query,
  ...props
}: WithQueriesProps<TData, TKey> & { query: Options<TData, TKey> }) {
  const result = useQuery(query);
  return <WithQueries {...props} observed={[...(props.observed ?? []), result]} />;
}

/**
 * Observes each of `queries` and renders `children` with their results, in order, as
 * `useQueries` would: each query is fetched if it has to be, and kept in the cache while it is
 * shown. One small component a query, because `useQueries` brings an observer of its own to the
 * first load (~1 KB gzipped) and plain `useQuery` calls cannot follow a list whose length
 * changes from one page to the next. Rendering reads the cache as it is, so prerendered HTML and
 * the hydrated page agree.
 */
export function WithQueries<TData, TKey extends QueryKey>({
  queries: [query, ...rest],
  children,
  observed = [],
}: WithQueriesProps<TData, TKey>) {
  if (query === undefined) return children(observed);
  return (
    <Observed query={query} queries={rest} observed={observed}>
      {children}
    </Observed>
  );
}
