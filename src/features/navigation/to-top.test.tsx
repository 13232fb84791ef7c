import { act, fireEvent, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubReducedMotion, stubScrollTo } from '../../test/browser.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { TOP_ID } from './scroll-to-top.ts';
import { FloatingToTop, ToTopLink } from './to-top.tsx';

function Page({ children }: { children: ReactNode }) {
  return (
    <>
      <header id={TOP_ID} tabIndex={-1}>
        Шапка
      </header>
      <main>{children}</main>
    </>
  );
}

function scrollWindowTo(scrollY: number, innerHeight = 800) {
  vi.spyOn(window, 'scrollY', 'get').mockReturnValue(scrollY);
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(innerHeight);
  act(() => {
    fireEvent.scroll(window);
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ToTopLink', () => {
  it('is a link to #top, named in the edition’s language', async () => {
    const { unmount } = renderWithProviders({ ui: <ToTopLink /> });
    expect(await screen.findByRole('link', { name: 'Наверх' })).toHaveAttribute('href', '#top');
    unmount();
    renderWithProviders({ ui: <ToTopLink /> }, { lang: 'ky' });
    expect(await screen.findByRole('link', { name: 'Өйдө' })).toHaveAttribute('href', '#top');
  });

  it('scrolls smoothly to the top and moves focus there', async () => {
    stubReducedMotion(false);
    const scrollTo = stubScrollTo();
    const { user } = renderWithProviders({
      ui: (
        <Page>
          <ToTopLink />
        </Page>
      ),
    });
    await user.click(await screen.findByRole('link', { name: 'Наверх' }));
    expect(scrollTo).toHaveBeenCalledWith({ top: 0, left: 0, behavior: 'smooth' });
    expect(screen.getByText('Шапка')).toHaveFocus();
    expect(window.location.hash).toBe('');
  });

  it('jumps without animation when the reader prefers reduced motion', async () => {
    stubReducedMotion(true);
    const scrollTo = stubScrollTo();
    const { user } = renderWithProviders({
      ui: (
        <Page>
          <ToTopLink />
        </Page>
      ),
    });
    await user.click(await screen.findByRole('link', { name: 'Наверх' }));
    expect(scrollTo).toHaveBeenCalledWith({ top: 0, left: 0, behavior: 'auto' });
    expect(screen.getByText('Шапка')).toHaveFocus();
  });
});

describe('FloatingToTop', () => {
  /** Renders the button's slot and waits for the button's code, which loads on demand. */
  async function renderFloating() {
    const result = renderWithProviders({
      ui: (
        <Page>
          <FloatingToTop />
        </Page>
      ),
    });
    await screen.findByText('Шапка');
    scrollWindowTo(800, 800);
    await screen.findByRole('button', { name: 'Наверх' });
    scrollWindowTo(0, 800);
    return result;
  }

  it('is absent at the top of the page', async () => {
    await renderFloating();
    expect(screen.queryByRole('button', { name: 'Наверх' })).not.toBeInTheDocument();
  });

  it('stays away until a whole screen has scrolled by', async () => {
    await renderFloating();
    scrollWindowTo(799, 800);
    expect(screen.queryByRole('button', { name: 'Наверх' })).not.toBeInTheDocument();
  });

  it('appears a screen down and leaves again back at the top', async () => {
    await renderFloating();
    scrollWindowTo(800, 800);
    expect(screen.getByRole('button', { name: 'Наверх' })).toBeInTheDocument();
    scrollWindowTo(0, 800);
    expect(screen.queryByRole('button', { name: 'Наверх' })).not.toBeInTheDocument();
  });

  it('follows a resize too', async () => {
    await renderFloating();
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(600);
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(500);
    act(() => {
      fireEvent(window, new Event('resize'));
    });
    expect(screen.getByRole('button', { name: 'Наверх' })).toBeInTheDocument();
  });

  it('scrolls to the top and moves focus there when pressed', async () => {
    stubReducedMotion(false);
    const scrollTo = stubScrollTo();
    const { user } = await renderFloating();
    scrollWindowTo(2400, 800);
    await user.click(screen.getByRole('button', { name: 'Наверх' }));
    expect(scrollTo).toHaveBeenCalledWith({ top: 0, left: 0, behavior: 'smooth' });
    expect(screen.getByText('Шапка')).toHaveFocus();
  });

  it('respects reduced motion when pressed', async () => {
    stubReducedMotion(true);
    const scrollTo = stubScrollTo();
    const { user } = await renderFloating();
    scrollWindowTo(2400, 800);
    await user.click(screen.getByRole('button', { name: 'Наверх' }));
    expect(scrollTo).toHaveBeenCalledWith({ top: 0, left: 0, behavior: 'auto' });
  });

  it('is named in Kyrgyz in the Kyrgyz edition', async () => {
    renderWithProviders({ ui: <FloatingToTop /> }, { lang: 'ky' });
    scrollWindowTo(900, 800);
    expect(await screen.findByRole('button', { name: 'Өйдө' })).toBeInTheDocument();
  });
});
