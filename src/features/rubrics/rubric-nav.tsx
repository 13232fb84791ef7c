import { useEffect, useRef, type FocusEvent } from 'react';
import { useLocation } from 'react-router';
import { AppLink } from '../../shared/lib/app-link.tsx';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { RUBRICS } from '../../shared/i18n/rubrics.ts';
import { editionPath, rubricPath } from '../../shared/lib/paths.ts';
import { sectionOf } from './section-of.ts';

/**
 * On a phone the row scrolls sideways and the current rubric may start out of sight, so the row
 * (never the page: that would undo scroll restoration) is scrolled to bring it into view.
 */
function useCurrentLinkInView(current: string | undefined) {
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const list = listRef.current;
    const link = list?.querySelector('[aria-current="page"]');
    if (!list || !link) return;
    const row = list.getBoundingClientRect();
    const box = link.getBoundingClientRect();
    if (box.left >= row.left && box.right <= row.right) return;
    list.scrollLeft += box.left - row.left - (row.width - box.width) / 2;
  }, [current]);
  return listRef;
}

/**
 * A link Tab reaches is scrolled wholly into the row (clear of its scroll padding): browsers
 * leave one that is partly in sight where it is, its focus ring cut off at the row's edge.
 */
function revealFocusedLink(event: FocusEvent<HTMLAnchorElement>) {
  event.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** The edition's front page and its rubrics, on every page; the reader's section is marked. */
export function RubricNav() {
  const { lang, t } = useEdition();
  const { pathname } = useLocation();
  const section = sectionOf(pathname);
  const listRef = useCurrentLinkInView(section);
  const links = [
    { key: 'front', to: editionPath(lang), label: t.rubricNavFront },
    ...RUBRICS.map((rubric) => ({
      key: rubric,
      to: rubricPath(lang, rubric),
      label: t.rubrics[rubric],
    })),
  ];
  return (
    <nav className="rubric-nav" aria-label={t.rubricNavLabel}>
      <ul ref={listRef} className="rubric-nav__list">
        {links.map(({ key, to, label }) => (
          <li key={key}>
            <AppLink
              to={to}
              aria-current={key === section ? 'page' : undefined}
              onFocus={revealFocusedLink}
            >
              {label}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
