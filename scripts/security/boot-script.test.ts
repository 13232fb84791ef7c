import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BOOT_SCRIPT } from './content-security-policy.ts';

const ENTRY = '/assets/index-test.js';

/** A stand-in for the browser's paint reports: the test says when the page has painted. */
class FakePaintObserver {
  static supportedEntryTypes: readonly string[] = ['paint'];
  static last: FakePaintObserver | undefined;
  disconnected = false;
  constructor(
    private readonly callback: (
      list: { getEntriesByName(name: string): unknown[] },
      observer: FakePaintObserver,
    ) => void,
  ) {
    FakePaintObserver.last = this;
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
  report(name: string) {
    this.callback({ getEntriesByName: (asked) => (asked === name ? [{ name }] : []) }, this);
  }
}

/**
 * Runs the script in the test's globals (an inline script element would run in the document's
 * own window, out of reach of the fake timers and observer), the page loaded.
 */
function runScript() {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script under test is a string.
  Reflect.apply(new Function(BOOT_SCRIPT), undefined, []);
}

/** The app's module scripts the boot script has added. */
const appScripts = () =>
  Array.from(document.head.querySelectorAll('script[type="module"]'), (script) =>
    script.getAttribute('src'),
  );

describe('the boot script', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (frame: () => void) => setTimeout(frame, 16));
    vi.stubGlobal('PerformanceObserver', FakePaintObserver);
    FakePaintObserver.supportedEntryTypes = ['paint'];
    FakePaintObserver.last = undefined;
    const entry = document.createElement('meta');
    entry.name = 'app-entry';
    entry.content = ENTRY;
    document.head.append(entry);
    // A prerendered page: the story is there before the app.
    const root = document.createElement('div');
    root.id = 'root';
    root.append(document.createElement('main'));
    document.body.append(root);
    // The test's document has loaded, as a page has by the time this matters.
    expect(document.readyState).toBe('complete');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('waits for the first contentful paint, then starts the app once', () => {
    runScript();
    vi.advanceTimersByTime(1000);
    expect(appScripts()).toEqual([]);

    FakePaintObserver.last?.report('first-paint');
    vi.advanceTimersByTime(100);
    expect(appScripts()).toEqual([]);

    FakePaintObserver.last?.report('first-contentful-paint');
    expect(FakePaintObserver.last?.disconnected).toBe(true);
    vi.advanceTimersByTime(100);
    expect(appScripts()).toEqual([ENTRY]);

    // The fallback timer comes due later, and starts nothing more.
    vi.advanceTimersByTime(5000);
    expect(appScripts()).toEqual([ENTRY]);
  });

  it('starts the app 3 s after load when no paint is reported (a page opened in the background)', () => {
    runScript();
    vi.advanceTimersByTime(2900);
    expect(appScripts()).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(appScripts()).toEqual([ENTRY]);
  });

  it('starts the app in the next frame on the app shell, which has nothing to paint', () => {
    document.getElementById('root')?.replaceChildren();
    runScript();
    expect(FakePaintObserver.last).toBeUndefined();
    vi.advanceTimersByTime(100);
    expect(appScripts()).toEqual([ENTRY]);
  });

  it('starts the app in the next frame where the browser reports no paints', () => {
    FakePaintObserver.supportedEntryTypes = ['resource'];
    runScript();
    expect(FakePaintObserver.last).toBeUndefined();
    vi.advanceTimersByTime(100);
    expect(appScripts()).toEqual([ENTRY]);
  });
});
