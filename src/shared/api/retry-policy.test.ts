import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { hangingFetch, jsonResponse, stubFetch, timeoutOnTestTimers } from '../../test/browser.ts';
import { ApiError, isApiError, type ApiErrorKind } from './api-error.ts';
import { fetchJson, REQUEST_TIMEOUT_MS } from './fetch-json.ts';
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

describe('requests with the policy, on fake timers (loadQuery over fetchJson)', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const url = '/api/v1/articles/1001.json';
  const Schema = v.object({ id: v.string() });

  /** Loads through the app's policy; returns the error and when (fake ms) each request began. */
  async function run(answer: typeof fetch) {
    vi.useFakeTimers();
    timeoutOnTestTimers();
    const started: number[] = [];
    const start = Date.now();
    stubFetch((input, init) => {
      started.push(Date.now() - start);
      return answer(input, init);
    });
    let failure: unknown;
    const settled = loadQuery(new QueryClient(), {
      queryKey: ['x'],
      queryFn: ({ signal }) => fetchJson(url, Schema, { signal }),
    }).catch((error: unknown) => {
      failure = error;
    });
    await vi.advanceTimersByTimeAsync(120_000);
    await settled;
    return { started, failure, elapsed: Date.now() - start };
  }

  it('gives up on a request with no answer after the timeout, three times, backing off', async () => {
    const { started, failure } = await run(hangingFetch());
    const T = REQUEST_TIMEOUT_MS;
    expect(started).toEqual([0, T + 1000, 2 * T + 1000 + 2000]);
    expect(failure).toBeInstanceOf(ApiError);
    expect(isApiError(failure) && failure.kind).toBe('timeout');
  });

  it('backs off 1 s, then 2 s, between the tries of a failing server', async () => {
    const { started, failure } = await run(() =>
      Promise.resolve(new Response('busy', { status: 503 })),
    );
    expect(started).toEqual([0, 1000, 3000]);
    expect(isApiError(failure) && failure.status).toBe(503);
  });

  it('recovers when a later try succeeds', async () => {
    let calls = 0;
    const { started, failure } = await run(() => {
      calls += 1;
      return calls < 3
        ? Promise.reject(new TypeError('Failed to fetch'))
        : Promise.resolve(jsonResponse({ id: '1001' }));
    });
    expect(started).toEqual([0, 1000, 3000]);
    expect(failure).toBeUndefined();
  });

  it.each([400, 403, 404, 410])('tries HTTP %i once', async (status) => {
    const { started, failure } = await run(() => Promise.resolve(new Response('no', { status })));
    expect(started).toEqual([0]);
    expect(isApiError(failure) && failure.status).toBe(status);
  });

  it('tries malformed JSON once', async () => {
    const { started } = await run(() => Promise.resolve(new Response('{"id": ', { status: 200 })));
    expect(started).toEqual([0]);
  });
});
