/** The element at the top of every page that "to top" moves focus to. */
export const TOP_ID = 'top';

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Scrolls to the top and moves focus there too, so keyboard and screen-reader users continue
 * from the top instead of from the button they left behind.
 */
export function scrollToTop(): void {
  window.scrollTo({ top: 0, left: 0, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  document.getElementById(TOP_ID)?.focus({ preventScroll: true });
}

/** True once the reader has scrolled at least a screen down. */
export function isScrolledPastFirstScreen(scrollY: number, viewportHeight: number): boolean {
  return scrollY >= viewportHeight;
}
