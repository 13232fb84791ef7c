import { Link } from 'react-router';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { feedPagePath } from '../../../shared/lib/paths.ts';

/** Newer and older pages of an edition's feed. */
export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  const { lang, t } = useEdition();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t.paginationLabel}>
      {page > 1 ? (
        <Link className="pagination__link" to={feedPagePath(lang, page - 1)} rel="prev">
          <span aria-hidden="true">← </span>
          {t.newerStories}
        </Link>
      ) : null}
      <span className="pagination__status">{t.pageOf(page, pageCount)}</span>
      {page < pageCount ? (
        <Link className="pagination__link" to={feedPagePath(lang, page + 1)} rel="next">
          {t.olderStories}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : null}
    </nav>
  );
}
