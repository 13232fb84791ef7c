import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for workbox-window's Workbox: the test fires its events. */
const workbox = vi.hoisted(() => {
  const listeners = new Map<string, (() => void)[]>();
  return {
    listeners,
    emit: (type: string) => {
      for (const listener of listeners.get(type) ?? []) listener();
    },
    messageSkipWaiting: vi.fn(),
    register: vi.fn(() => Promise.resolve(undefined)),
    update: vi.fn(() => Promise.resolve()),
  };
});

vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener(type: string, listener: () => void) {
      workbox.listeners.set(type, [...(workbox.listeners.get(type) ?? []), listener]);
    }
    messageSkipWaiting = workbox.messageSkipWaiting;
    register = workbox.register;
    update = workbox.update;
  },
}));

vi.mock('./update-signal.ts', () => ({ announceUpdate: vi.fn() }));

const { registerServiceWorker } = await import('./register-service-worker.ts');
const { announceUpdate } = await import('./update-signal.ts');

function controlledBy(controller: object | null) {
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { controller },
  });
}

describe('registerServiceWorker', () => {
  const reload = vi.fn();
  const fetchMock = vi.fn(() => Promise.resolve(new Response('')));

  beforeEach(() => {
    workbox.listeners.clear();
    reload.mockClear();
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('location', { href: 'https://site.test/ru/', reload });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('registers the worker and offers a waiting version, which "update" activates', async () => {
    controlledBy({});
    await registerServiceWorker(new QueryClient());
    expect(workbox.register).toHaveBeenCalled();

    workbox.emit('waiting');
    const apply = vi.mocked(announceUpdate).mock.calls.at(-1)?.[0];
    expect(apply).toBeTypeOf('function');
    apply?.();
    expect(workbox.messageSkipWaiting).toHaveBeenCalled();

    // The new version takes over: the page reloads onto it.
    workbox.emit('controlling');
    expect(reload).toHaveBeenCalledOnce();
  });

  it('when the first worker takes over, fetches the page and each loaded query again, one a task', async () => {
    controlledBy(null);
    vi.useFakeTimers();
    // Kept for good, so the cache sets no timers of its own.
    const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
    const story = vi.fn(() => Promise.resolve('story'));
    const related = vi.fn(() => Promise.resolve(['related']));
    await queryClient.query({ queryKey: ['articles', 'detail', '1'], queryFn: story });
    await queryClient.query({ queryKey: ['feeds', 'ru', 'related', '1'], queryFn: related });
    await registerServiceWorker(queryClient);

    workbox.emit('controlling');
    expect(reload).not.toHaveBeenCalled();
    // Nothing in the task that saw the worker take over: each request has a task of its own.
    expect(fetchMock).not.toHaveBeenCalled();
    expect(story).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(3);
    await vi.runOnlyPendingTimersAsync();
    expect(fetchMock).toHaveBeenCalledWith('https://site.test/ru/', {
      headers: { Accept: 'text/html' },
    });
    expect(story).toHaveBeenCalledTimes(2);
    expect(related).toHaveBeenCalledTimes(2);

    // A later version taking over is an update.
    workbox.emit('controlling');
    expect(reload).toHaveBeenCalledOnce();
  });

  it('checks for a new version when the reader comes back to the page', async () => {
    controlledBy({});
    const added = vi.spyOn(document, 'addEventListener');
    await registerServiceWorker(new QueryClient());
    const onVisibility = added.mock.calls.find(([type]) => type === 'visibilitychange')?.[1];
    workbox.update.mockClear();
    if (typeof onVisibility !== 'function') throw new Error('no visibilitychange listener');
    onVisibility(new Event('visibilitychange'));
    expect(workbox.update).toHaveBeenCalledOnce();
  });
});
