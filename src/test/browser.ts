import { vi } from 'vitest';

/** A Response carrying JSON, as the static API sends it. */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    ...init,
  });
}

/** The address a fetch was called with, whichever form it took. */
export function requestUrl(input: RequestInfo | URL): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

/** Replaces global fetch; undo with vi.unstubAllGlobals(). */
export function stubFetch(implementation: typeof fetch) {
  const mock = vi.fn<typeof fetch>(implementation);
  vi.stubGlobal('fetch', mock);
  return mock;
}

/** A fetch that never answers but, like the real one, rejects when its signal aborts. */
export function hangingFetch(): typeof fetch {
  return (_input, init) =>
    new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal;
      if (!signal) return;
      signal.addEventListener('abort', () => {
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      });
    });
}

/**
 * AbortSignal.timeout on the (fake) timers of the test: fake timers leave the browser's own
 * timeout running in real time. Undo with vi.restoreAllMocks() (restoreMocks is on).
 */
export function timeoutOnTestTimers() {
  return vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
    const controller = new AbortController();
    setTimeout(() => {
      controller.abort(new DOMException('signal timed out', 'TimeoutError'));
    }, ms);
    return controller.signal;
  });
}

/**
 * jsdom has no matchMedia: this one answers `matches` for the reduced-motion query and false
 * for any other. Undo with vi.unstubAllGlobals().
 */
export function stubReducedMotion(reduce: boolean) {
  // Only the part of MediaQueryList the app reads.
  const mock = vi.fn((query: string) => ({
    media: query,
    matches: reduce && query === '(prefers-reduced-motion: reduce)',
  }));
  vi.stubGlobal('matchMedia', mock);
  return mock;
}

/** jsdom does not implement scrolling; this records the calls instead. */
export function stubScrollTo() {
  const mock = vi.fn<(options?: ScrollToOptions) => void>();
  vi.stubGlobal('scrollTo', mock);
  return mock;
}
