import { useSyncExternalStore, type MouseEvent } from 'react';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { isScrolledPastFirstScreen, scrollToTop, TOP_ID } from './scroll-to-top.ts';

function onToTop(event: MouseEvent) {
  event.preventDefault();
  scrollToTop();
}

/** "Наверх" at the end of a story, as on the newsroom's pages; a plain #top link without scripts. */
export function ToTopLink() {
  const { t } = useEdition();
  return (
    <a className="to-top-link" href={`#${TOP_ID}`} onClick={onToTop}>
      <span aria-hidden="true">↑ </span>
      {t.toTop}
    </a>
  );
}

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
export function FloatingToTop() {
  const { t } = useEdition();
  const visible = useSyncExternalStore(subscribe, scrolledPastFirstScreen, atTop);
  if (!visible) return null;
  return (
    <button type="button" className="floating-to-top" onClick={onToTop}>
      <span aria-hidden="true">↑</span>
      <span className="visually-hidden">{t.toTop}</span>
    </button>
  );
}
