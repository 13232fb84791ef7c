import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '../shared/api/retry-policy.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        // Bounded memory in a long session: unused stories leave the cache after ten minutes.
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
