import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubReducedMotion, stubScrollTo } from '../../test/browser.ts';
import { isScrolledPastFirstScreen, scrollToTop, TOP_ID } from './scroll-to-top.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

function addTop(): HTMLElement {
  const top = document.createElement('header');
  top.id = TOP_ID;
  top.tabIndex = -1;
  document.body.append(top, document.createElement('main'));
  return top;
}

describe('isScrolledPastFirstScreen', () => {
  it('turns true once a whole screen has scrolled by', () => {
    expect(isScrolledPastFirstScreen(0, 800)).toBe(false);
    expect(isScrolledPastFirstScreen(799, 800)).toBe(false);
    expect(isScrolledPastFirstScreen(800, 800)).toBe(true);
    expect(isScrolledPastFirstScreen(5000, 800)).toBe(true);
  });
});

describe('scrollToTop', () => {
  it('scrolls smoothly to the top and moves focus there', () => {
    stubReducedMotion(false);
    const scrollTo = stubScrollTo();
    const top = addTop();
    scrollToTop();
    expect(scrollTo).toHaveBeenCalledWith({ top: 0, left: 0, behavior: 'smooth' });
    expect(top).toHaveFocus();
  });

  it('jumps without animation for a reader who asks for reduced motion', () => {
    const matchMedia = stubReducedMotion(true);
    const scrollTo = stubScrollTo();
    addTop();
    scrollToTop();
    expect(matchMedia).toHaveBeenCalledWith('(prefers-reduced-motion: reduce)');
    expect(scrollTo).toHaveBeenCalledWith({ top: 0, left: 0, behavior: 'auto' });
  });

  it('still scrolls on a page without a top element', () => {
    stubReducedMotion(false);
    const scrollTo = stubScrollTo();
    expect(() => {
      scrollToTop();
    }).not.toThrow();
    expect(scrollTo).toHaveBeenCalledTimes(1);
  });
});
