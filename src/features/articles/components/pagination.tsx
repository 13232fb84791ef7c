import type { ReactNode } from 'react';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { PrefetchingLink } from '../../../shared/lib/prefetching-link.tsx';

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The address of a page of this feed, e.g. `(page) => feedPagePath(lang, page)`. */
  pathOf: (page: number) => string;
  /** Fetches a page of this feed ahead, as the reader is about to open it. */
  prefetchPage?: (page: number) => void;
}

function PageLink(props: {
  to: string;
  rel: 'prev' | 'next';
  prefetch: () => void;
  children: ReactNode;
}) {
  return (
    <PrefetchingLink
      className="pagination__link"
      to={props.to}
      rel={props.rel}
      prefetch={props.prefetch}
    >
      {props.children}
    </PrefetchingLink>
  );
}

/** Newer and older pages of a feed: an edition's latest stories or a rubric's. */
export function Pagination({ page, pageCount, pathOf, prefetchPage }: PaginationProps) {
  const { t } = useEdition();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t.paginationLabel}>
      {page > 1 ? (
        <PageLink to={pathOf(page - 1)} rel="prev" prefetch={() => prefetchPage?.(page - 1)}>
          <span aria-hidden="true">← </span>
          {t.newerStories}
        </PageLink>
      ) : null}
      <span className="pagination__status">{t.pageOf(page, pageCount)}</span>
      {page < pageCount ? (
        <PageLink to={pathOf(page + 1)} rel="next" prefetch={() => prefetchPage?.(page + 1)}>
          {t.olderStories}
          <span aria-hidden="true"> →</span>
        </PageLink>
      ) : null}
    </nav>
  );
}
