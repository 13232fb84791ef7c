import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ApiErrorKind } from './api-error.ts';
import { loadQuery } from './load-query.ts';
import { retryDelay, shouldRetry } from './retry-policy.ts';

const errorOf = (kind: ApiErrorKind) => new ApiError(kind, '/api/v1/x.json', 'test');

describe('shouldRetry', () => {
  it.each<ApiErrorKind>(['network', 'timeout', 'server'])(
    'retries a %s error twice, then gives up',
    (kind) => {
      expect([0, 1, 2, 3].map((failures) => shouldRetry(failures, errorOf(kind)))).toEqual([
        true,
        true,
        false,
        false,
      ]);
    },
  );

  it.each<ApiErrorKind>(['not-found', 'invalid'])('never retries a %s error', (kind) => {
    expect(shouldRetry(0, errorOf(kind))).toBe(false);
  });

  it('never retries what is not an ApiError', () => {
    expect(shouldRetry(0, new Error('bug'))).toBe(false);
    expect(shouldRetry(0, 'text')).toBe(false);
  });
});

describe('retryDelay', () => {
  it('backs off 1 s, 2 s, 4 s and is capped at 8 s', () => {
    expect([0, 1, 2, 3, 4, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('never shrinks', () => {
    const delays = Array.from({ length: 20 }, (_, attempt) => retryDelay(attempt));
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
  });
});

describe('the policy as route loaders use it (loadQuery)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  async function attemptsFor(kind: ApiErrorKind): Promise<number> {
    vi.useFakeTimers();
    const queryFn = vi.fn(() => Promise.reject(errorOf(kind)));
    const settled = loadQuery(new QueryClient(), { queryKey: ['x'], queryFn }).catch(
      () => undefined,
    );
    await vi.advanceTimersByTimeAsync(60_000);
    await settled;
    return queryFn.mock.calls.length;
  }

  it('tries a transient failure three times in all', async () => {
    expect(await attemptsFor('server')).toBe(3);
  });

  it('tries a missing resource once', async () => {
    expect(await attemptsFor('not-found')).toBe(1);
  });
});
