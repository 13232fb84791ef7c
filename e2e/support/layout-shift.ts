import type { Page } from '@playwright/test';

/**
 * Every layout shift since the page began that the reader's own input did not cause, added up.
 * Cumulative Layout Shift counts the worst burst of them only, so this is never below it.
 */
export function layoutShiftSoFar(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(
            list
              .getEntries()
              .reduce(
                (sum, entry) =>
                  'value' in entry &&
                  typeof entry.value === 'number' &&
                  !('hadRecentInput' in entry && entry.hadRecentInput === true)
                    ? sum + entry.value
                    : sum,
                0,
              ),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        // With no shift at all, the observer is never called.
        setTimeout(() => {
          resolve(0);
        }, 500);
      }),
  );
}
