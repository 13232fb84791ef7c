import type { Page } from '@playwright/test';

/** A layout shift the reader's own input did not cause, with what moved, for a failure to name. */
export interface LayoutShift {
  value: number;
  moved: string[];
}

declare global {
  interface Window {
    e2eLayoutShifts?: () => LayoutShift[];
  }
}

/**
 * Records every layout shift from the page's start (the test fixture installs it on every page).
 * A read also takes the records the observer has not delivered yet: it needs no wait on the
 * page's timers, which a test may have stopped. (A shift is recorded when the page next paints:
 * read after what the test waits for is on screen.)
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const describe = (node: unknown): string => {
      if (!(node instanceof Element))
        return node instanceof Node ? node.nodeName : 'a removed node';
      const classes = Array.from(node.classList)
        .map((name) => `.${name}`)
        .join('');
      const text = node.textContent.trim().slice(0, 40);
      return `${node.tagName.toLowerCase()}${classes} "${text}"`;
    };
    const shifts: LayoutShift[] = [];
    const record = (entries: PerformanceEntryList) => {
      for (const entry of entries) {
        if (!('value' in entry) || typeof entry.value !== 'number') continue;
        if ('hadRecentInput' in entry && entry.hadRecentInput === true) continue;
        const sources: unknown[] =
          'sources' in entry && Array.isArray(entry.sources) ? entry.sources : [];
        shifts.push({
          value: entry.value,
          moved: sources.map((source) =>
            typeof source === 'object' && source !== null && 'node' in source
              ? describe(source.node)
              : 'unknown',
          ),
        });
      }
    };
    const observer = new PerformanceObserver((list) => {
      record(list.getEntries());
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    window.e2eLayoutShifts = () => {
      record(observer.takeRecords());
      return shifts;
    };
  });
}

/** Every layout shift since the page began that the reader's own input did not cause. */
export function layoutShifts(page: Page): Promise<LayoutShift[]> {
  return page.evaluate(() => {
    if (!window.e2eLayoutShifts) throw new Error('layout shifts are not recorded on this page');
    return window.e2eLayoutShifts();
  });
}

/**
 * The layout shifts so far, added up. Cumulative Layout Shift counts the worst burst of them
 * only, so this is never below it.
 */
export async function layoutShiftSoFar(page: Page): Promise<number> {
  return (await layoutShifts(page)).reduce((sum, shift) => sum + shift.value, 0);
}
