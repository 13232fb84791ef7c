import { queryOptions } from '@tanstack/react-query';
import { apiUrl } from '../../shared/api/api-base.ts';
import { fetchJson } from '../../shared/api/fetch-json.ts';
import { breakingFile } from '../../shared/contract/api-files.ts';
import type { Lang } from '../../shared/i18n/languages.ts';
import * as v from 'valibot';

/** How often to ask whether the network is back while only failed requests say it is not. */
export const PROBE_INTERVAL_MS = 5_000;

/**
 * Whether the network answers, asked of the smallest file the reader fetches anyway (the
 * edition's breaking news). Only while a failed request says the reader is offline and the
 * browser believes otherwise: the browser then fires no `online` event when the network comes
 * back, and the live refreshes wait for it (src/shared/api/connectivity.ts). Any answer, a 404
 * too, clears the offline notice; fetchJson reports it.
 */
export const connectivityProbe = (lang: Lang) =>
  queryOptions({
    queryKey: ['connectivity', lang],
    queryFn: ({ signal }) =>
      fetchJson(apiUrl(breakingFile(lang)), v.unknown(), { signal }).then(
        () => true,
        () => false,
      ),
    refetchInterval: PROBE_INTERVAL_MS,
    refetchIntervalInBackground: false,
    // Asked while TanStack Query's online manager says offline: that is the point.
    networkMode: 'always',
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
