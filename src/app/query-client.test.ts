import { onlineManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { reportNetworkAnswered, reportNoNetwork } from '../shared/api/connectivity.ts';
import { LIVE_REFRESH } from '../shared/api/live-refresh.ts';
import {
  createQueryClient,
  followConnectivity,
  limitCachedQueries,
  MAX_CACHED_QUERIES,
} from './query-client.ts';

describe('the query cache', () => {
  it('lets unused data go after ten minutes', () => {
    expect(createQueryClient().getDefaultOptions().queries?.gcTime).toBe(10 * 60_000);
  });

  it('asks for data while the browser is offline, rather than waiting for the connection', async () => {
    onlineManager.setOnline(false);
    try {
      const fetched = createQueryClient().query({
        queryKey: ['story', 1],
        queryFn: () => Promise.reject(new Error('offline')),
        retry: false,
      });
      await expect(fetched).rejects.toThrow('offline');
    } finally {
      onlineManager.setOnline(true);
    }
  });

  it('pauses a live refresh while a failed request says offline, and resumes on a success', async () => {
    followConnectivity();
    try {
      const client = createQueryClient();
      // As QueryClientProvider does: the client hears of the connection coming back.
      client.mount();
      let answers = 0;
      const queryFn = () => Promise.resolve(++answers);
      client.setQueryData(['feeds', 'ru', 'latest', 'head'], 0);
      reportNoNetwork();
      expect(onlineManager.isOnline()).toBe(false);
      const observer = new QueryObserver(client, {
        queryKey: ['feeds', 'ru', 'latest', 'head'],
        queryFn,
        ...LIVE_REFRESH,
      });
      const stop = observer.subscribe(() => undefined);
      await Promise.resolve();
      expect(answers).toBe(0);
      expect(observer.getCurrentResult().fetchStatus).toBe('paused');

      reportNetworkAnswered();
      expect(onlineManager.isOnline()).toBe(true);
      await expect.poll(() => answers).toBeGreaterThan(0);
      stop();
      client.unmount();
    } finally {
      reportNetworkAnswered();
    }
  });

  it('holds a bounded number of queries however much is prefetched', () => {
    const client = createQueryClient();
    for (let id = 0; id < MAX_CACHED_QUERIES + 50; id++) client.setQueryData(['story', id], id);
    expect(client.getQueryCache().getAll()).toHaveLength(MAX_CACHED_QUERIES);
    // The newest stay.
    expect(client.getQueryData(['story', MAX_CACHED_QUERIES + 49])).toBe(MAX_CACHED_QUERIES + 49);
  });

  it('drops the least recently updated unused queries, never one a page shows', () => {
    const client = new QueryClient();
    limitCachedQueries(client, 3);
    client.setQueryData(['shown'], 'shown');
    const unsubscribe = new QueryObserver(client, {
      queryKey: ['shown'],
      queryFn: () => 'shown',
      staleTime: Infinity,
    }).subscribe(() => undefined);
    client.setQueryData(['old'], 'old');
    client.setQueryData(['newer'], 'newer');
    client.setQueryData(['newest'], 'newest');

    const keys = client
      .getQueryCache()
      .getAll()
      .map((query) => query.queryKey[0]);
    expect(keys).toEqual(['shown', 'newer', 'newest']);
    unsubscribe();
  });
});
