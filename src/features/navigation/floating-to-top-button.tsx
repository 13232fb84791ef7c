import { useSyncExternalStore } from 'react';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { isScrolledPastFirstScreen, scrollToTop } from './scroll-to-top.ts';

function subscribe(onChange: () => void) {
  window.addEventListener('scroll', onChange, { passive: true });
  window.addEventListener('resize', onChange);
  return () => {
    window.removeEventListener('scroll', onChange);
    window.removeEventListener('resize', onChange);
  };
}

const scrolledPastFirstScreen = () => isScrolledPastFirstScreen(window.scrollY, window.innerHeight);
// Rendering on a server (or before hydration) starts at the top of the page.
const atTop = () => false;

/** A floating "to top" button that appears once the reader is a screen down. */
export function FloatingToTopButton() {
  const { t } = useEdition();
  const visible = useSyncExternalStore(subscribe, scrolledPastFirstScreen, atTop);
  if (!visible) return null;
  return (
    <button type="button" className="floating-to-top" onClick={scrollToTop}>
      <span aria-hidden="true">↑</span>
      <span className="visually-hidden">{t.toTop}</span>
    </button>
  );
}
