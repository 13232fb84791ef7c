import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hangingFetch, jsonResponse, stubFetch, timeoutOnTestTimers } from '../../test/browser.ts';
import { ApiError, isApiError, type ApiErrorKind } from './api-error.ts';
import { isOffline, OFFLINE_COPY_HEADER, reportNetworkAnswered } from './connectivity.ts';
import { fetchJson, REQUEST_TIMEOUT_MS } from './fetch-json.ts';

const Schema = v.object({ title: v.string(), count: v.number() });
const url = '/api/v1/articles/1001.json';

async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (isApiError(error)) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

afterEach(() => {
  vi.unstubAllGlobals();
  reportNetworkAnswered();
});

describe('fetchJson', () => {
  it('returns the parsed data, asking for JSON', async () => {
    const fetchMock = stubFetch(() =>
      Promise.resolve(jsonResponse({ title: 'Новость', count: 2 })),
    );
    await expect(fetchJson(url, Schema)).resolves.toEqual({ title: 'Новость', count: 2 });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [input, init] = fetchMock.mock.calls[0] ?? [];
    expect(input).toBe(url);
    expect(new Headers(init?.headers).get('Accept')).toBe('application/json');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('drops what the schema does not know', async () => {
    stubFetch(() => Promise.resolve(jsonResponse({ title: 'x', count: 1, extra: true })));
    await expect(fetchJson(url, Schema)).resolves.toEqual({ title: 'x', count: 1 });
  });

  it('reports a failed request as a network error', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await apiErrorOf(fetchJson(url, Schema));
    expect(error.kind).toBe<ApiErrorKind>('network');
    expect(error.url).toBe(url);
    expect(error.message).toContain('Failed to fetch');
    expect(error.status).toBeUndefined();
  });

  it('reports a request with no answer in time as a timeout', async () => {
    const fetchMock = stubFetch(hangingFetch());
    const started = Date.now();
    const error = await apiErrorOf(fetchJson(url, Schema, { timeoutMs: 30 }));
    expect(error.kind).toBe<ApiErrorKind>('timeout');
    expect(error.message).toContain('30 ms');
    expect(Date.now() - started).toBeLessThan(REQUEST_TIMEOUT_MS);
    expect(fetchMock.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
  });

  it('passes the caller’s abort on as it is, not as an error to show', async () => {
    stubFetch(hangingFetch());
    const controller = new AbortController();
    const promise = fetchJson(url, Schema, { signal: controller.signal, timeoutMs: 5_000 });
    const reason = new Error('navigated away');
    controller.abort(reason);
    await expect(promise).rejects.toBe(reason);
  });

  it('passes the caller’s abort on where the browser cannot combine signals', async () => {
    const fetchMock = stubFetch(hangingFetch());
    vi.stubGlobal('AbortSignal', { timeout: AbortSignal.timeout.bind(AbortSignal) });
    const controller = new AbortController();
    const promise = fetchJson(url, Schema, { signal: controller.signal });
    expect(fetchMock.mock.calls[0]?.[1]?.signal).toBe(controller.signal);
    const reason = new Error('navigated away');
    controller.abort(reason);
    await expect(promise).rejects.toBe(reason);
  });

  it.each([404, 410])('reports HTTP %i as not found', async (status) => {
    stubFetch(() => Promise.resolve(jsonResponse({ error: 'not found' }, { status })));
    const error = await apiErrorOf(fetchJson(url, Schema));
    expect(error.kind).toBe<ApiErrorKind>('not-found');
    expect(error.status).toBe(status);
  });

  it.each([500, 502, 503, 403])('reports HTTP %i as a server error', async (status) => {
    stubFetch(() => Promise.resolve(new Response('oops', { status })));
    const error = await apiErrorOf(fetchJson(url, Schema));
    expect(error.kind).toBe<ApiErrorKind>('server');
    expect(error.status).toBe(status);
    expect(error.message).toContain(`HTTP ${status}`);
  });

  it('reports a body that is not JSON as invalid', async () => {
    stubFetch(() => Promise.resolve(new Response('<!doctype html><p>Hello</p>', { status: 200 })));
    const error = await apiErrorOf(fetchJson(url, Schema));
    expect(error.kind).toBe<ApiErrorKind>('invalid');
    expect(error.message).toContain('not JSON');
  });

  it('reports JSON of the wrong shape as invalid, naming the field', async () => {
    stubFetch(() => Promise.resolve(jsonResponse({ title: 'x', count: 'two' })));
    const error = await apiErrorOf(fetchJson(url, Schema));
    expect(error.kind).toBe<ApiErrorKind>('invalid');
    expect(error.status).toBe(200);
    expect(error.message).toContain('count: ');
  });

  it('reports an empty body as invalid', async () => {
    stubFetch(() => Promise.resolve(new Response(null, { status: 200 })));
    expect((await apiErrorOf(fetchJson(url, Schema))).kind).toBe<ApiErrorKind>('invalid');
  });
});

describe('fetchJson on fake timers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it(`times out after ${REQUEST_TIMEOUT_MS} ms by default, not before`, async () => {
    vi.useFakeTimers();
    timeoutOnTestTimers();
    const fetchMock = stubFetch(hangingFetch());
    let failure: unknown;
    const settled = fetchJson(url, Schema).catch((error: unknown) => {
      failure = error;
    });
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 1);
    expect(failure).toBeUndefined();
    expect(fetchMock.mock.calls[0]?.[1]?.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await settled;
    expect(isApiError(failure) && failure.kind).toBe<ApiErrorKind>('timeout');
  });

  it('takes a failed request, or the service worker’s offline copy, as being offline', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await apiErrorOf(fetchJson(url, Schema));
    expect(isOffline()).toBe(true);

    // The network answers, even with a 404: online again.
    stubFetch(() => Promise.resolve(new Response('', { status: 404 })));
    await apiErrorOf(fetchJson(url, Schema));
    expect(isOffline()).toBe(false);

    const copy = jsonResponse({ title: 'x', count: 1 });
    copy.headers.set(OFFLINE_COPY_HEADER, '1');
    stubFetch(() => Promise.resolve(copy));
    await expect(fetchJson(url, Schema)).resolves.toEqual({ title: 'x', count: 1 });
    expect(isOffline()).toBe(true);
  });
});
