import { Link } from 'react-router';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The address of a page of this feed, e.g. `(page) => feedPagePath(lang, page)`. */
  pathOf: (page: number) => string;
}

/** Newer and older pages of a feed: an edition's latest stories or a rubric's. */
export function Pagination({ page, pageCount, pathOf }: PaginationProps) {
  const { t } = useEdition();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t.paginationLabel}>
      {page > 1 ? (
        <Link className="pagination__link" to={pathOf(page - 1)} rel="prev">
          <span aria-hidden="true">← </span>
          {t.newerStories}
        </Link>
      ) : null}
      <span className="pagination__status">{t.pageOf(page, pageCount)}</span>
      {page < pageCount ? (
        <Link className="pagination__link" to={pathOf(page + 1)} rel="next">
          {t.olderStories}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : null}
    </nav>
  );
}
