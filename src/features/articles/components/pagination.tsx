import type { ReactNode } from 'react';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { PrefetchingLink } from '../../../shared/lib/prefetching-link.tsx';

/** A neighbouring page of a feed: its address, and how to fetch it ahead. */
export interface PageLinkTarget {
  to: string;
  prefetch: () => void;
}

interface PaginationProps {
  newer?: PageLinkTarget | undefined;
  older?: PageLinkTarget | undefined;
  /** Which page this is, when it is one of the archive's numbered pages. */
  page?: number | undefined;
}

function PageLink(props: { target: PageLinkTarget; rel: 'prev' | 'next'; children: ReactNode }) {
  return (
    <PrefetchingLink
      className="pagination__link"
      to={props.target.to}
      rel={props.rel}
      prefetch={props.target.prefetch}
    >
      {props.children}
    </PrefetchingLink>
  );
}

/** Newer and older pages of a feed: an edition's latest stories or a rubric's. */
export function Pagination({ newer, older, page }: PaginationProps) {
  const { t } = useEdition();
  if (!newer && !older) return null;
  return (
    <nav className="pagination" aria-label={t.paginationLabel}>
      {newer ? (
        <PageLink target={newer} rel="prev">
          <span aria-hidden="true">← </span>
          {t.newerStories}
        </PageLink>
      ) : null}
      {page === undefined ? null : <span className="pagination__status">{t.pageNumber(page)}</span>}
      {older ? (
        <PageLink target={older} rel="next">
          {t.olderStories}
          <span aria-hidden="true"> →</span>
        </PageLink>
      ) : null}
    </nav>
  );
}
