import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for a service worker: the test moves it through its states. */
class FakeWorker extends EventTarget {
  state = 'installing';
  postMessage = vi.fn();
  installed() {
    this.state = 'installed';
    this.dispatchEvent(new Event('statechange'));
  }
}

/** A stand-in for the registration the browser returns. */
class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  constructor(public active: FakeWorker | null) {
    super();
  }
  update = vi.fn(() => Promise.resolve());
  /** The browser found a new worker script and starts installing it. */
  found(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
  /** The worker being installed is installed, and waits. */
  installed() {
    const worker = this.installing;
    if (!worker) throw new Error('nothing is installing');
    this.installing = null;
    this.waiting = worker;
    worker.installed();
  }
}

vi.mock('./update-signal.ts', () => ({ announceUpdate: vi.fn() }));

const { registerServiceWorker } = await import('./register-service-worker.ts');
const { announceUpdate } = await import('./update-signal.ts');

/** The page's service worker container: controlled or not, and what registering returns. */
function serviceWorkers(controller: FakeWorker | null, registration: FakeRegistration) {
  const container = Object.assign(new EventTarget(), {
    controller,
    register: vi.fn(() => Promise.resolve(registration)),
  });
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: container });
  return {
    register: container.register,
    /** Another worker takes control of the page. */
    takeOver: () => container.dispatchEvent(new Event('controllerchange')),
  };
}

describe('registerServiceWorker', () => {
  const reload = vi.fn();
  const fetchMock = vi.fn(() => Promise.resolve(new Response('')));

  beforeEach(() => {
    reload.mockClear();
    vi.mocked(announceUpdate).mockClear();
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('location', { href: 'https://site.test/ru/', reload });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('offers a version installed while the page runs, which "Обновить" activates', async () => {
    const running = new FakeWorker();
    const registration = new FakeRegistration(running);
    const { register, takeOver } = serviceWorkers(running, registration);
    await registerServiceWorker(new QueryClient());
    expect(register).toHaveBeenCalledWith('/sw.js', { scope: '/' });

    const next = new FakeWorker();
    registration.found(next);
    expect(announceUpdate).not.toHaveBeenCalled();
    registration.installed();
    const apply = vi.mocked(announceUpdate).mock.calls.at(-1)?.[0];
    expect(apply).toBeTypeOf('function');
    apply?.();
    expect(next.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });

    // The new version takes over: the page reloads onto it.
    takeOver();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reloads when the version offered no longer waits as the reader agrees', async () => {
    const running = new FakeWorker();
    const registration = new FakeRegistration(running);
    serviceWorkers(running, registration);
    await registerServiceWorker(new QueryClient());
    registration.found(new FakeWorker());
    registration.installed();
    // It took over meanwhile (from another tab, say).
    registration.waiting = null;
    vi.mocked(announceUpdate).mock.calls.at(-1)?.[0]();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('offers nothing on a page no worker controls: the new version takes over by itself', async () => {
    const registration = new FakeRegistration(new FakeWorker());
    serviceWorkers(null, registration);
    await registerServiceWorker(new QueryClient());
    registration.found(new FakeWorker());
    registration.installed();
    expect(announceUpdate).not.toHaveBeenCalled();
  });

  it('offers a version that was already waiting when the page opened', async () => {
    const running = new FakeWorker();
    const registration = new FakeRegistration(running);
    const waiting = new FakeWorker();
    registration.waiting = waiting;
    serviceWorkers(running, registration);
    await registerServiceWorker(new QueryClient());
    vi.mocked(announceUpdate).mock.calls.at(-1)?.[0]();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  });

  it('when the first worker takes over, fetches the page and each loaded query again, one a task', async () => {
    const registration = new FakeRegistration(null);
    const { takeOver } = serviceWorkers(null, registration);
    vi.useFakeTimers();
    // Kept for good, so the cache sets no timers of its own.
    const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
    const story = vi.fn(() => Promise.resolve('story'));
    const related = vi.fn(() => Promise.resolve(['related']));
    await queryClient.query({ queryKey: ['articles', 'detail', '1'], queryFn: story });
    await queryClient.query({ queryKey: ['feeds', 'ru', 'related', '1'], queryFn: related });
    await registerServiceWorker(queryClient);

    // The first worker installs: nothing to offer, it takes over by itself.
    registration.found(new FakeWorker());
    registration.installed();
    expect(announceUpdate).not.toHaveBeenCalled();

    takeOver();
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
    takeOver();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('fetches again through the worker a first fetch that was on its way when it took over', async () => {
    const registration = new FakeRegistration(null);
    const { takeOver } = serviceWorkers(null, registration);
    vi.useFakeTimers();
    const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
    let arrive: (story: string) => void = () => undefined;
    const story = vi
      .fn<() => Promise<string>>()
      .mockImplementationOnce(() => new Promise((resolve) => (arrive = resolve)))
      .mockResolvedValue('story');
    // A story fetched ahead just before the worker took over: its answer is still on its way.
    const ahead = queryClient.query({ queryKey: ['articles', 'detail', '1'], queryFn: story });
    await registerServiceWorker(queryClient);
    takeOver();
    await vi.runOnlyPendingTimersAsync();
    expect(story).toHaveBeenCalledTimes(1);

    arrive('story');
    await ahead;
    await vi.waitFor(() => {
      expect(story).toHaveBeenCalledTimes(2);
    });
  });

  it('checks for a new version when the reader comes back to the page', async () => {
    const running = new FakeWorker();
    const registration = new FakeRegistration(running);
    serviceWorkers(running, registration);
    const added = vi.spyOn(document, 'addEventListener');
    await registerServiceWorker(new QueryClient());
    const onVisibility = added.mock.calls.find(([type]) => type === 'visibilitychange')?.[1];
    registration.update.mockClear();
    if (typeof onVisibility !== 'function') throw new Error('no visibilitychange listener');
    onVisibility(new Event('visibilitychange'));
    expect(registration.update).toHaveBeenCalledOnce();
  });
});
