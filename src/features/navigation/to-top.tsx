import type { MouseEvent } from 'react';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { OnceRunning } from '../../shared/lib/once-running.tsx';
import { optionalLazy } from '../../shared/lib/optional-lazy.tsx';
import { scrollToTop, TOP_ID } from './scroll-to-top.ts';

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

// Without its code there is no floating button; "Наверх" at the end of a story stays.
const FloatingToTopButton = optionalLazy(() =>
  import('./floating-to-top-button.tsx').then((module) => module.FloatingToTopButton),
);

/**
 * A floating "to top" button once the reader is a screen down. The page never starts there, so
 * its code loads after the page's and costs the first load nothing.
 */
export function FloatingToTop() {
  return (
    <OnceRunning>
      <FloatingToTopButton />
    </OnceRunning>
  );
}
