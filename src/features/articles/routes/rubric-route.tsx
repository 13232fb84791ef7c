import { useQueryClient, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { replace, useParams, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '../../../shared/api/api-error.ts';
import { loadQuery } from '../../../shared/api/load-query.ts';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { isRubric, type Rubric } from '../../../shared/i18n/rubrics.ts';
import { rubricPath } from '../../../shared/lib/paths.ts';
import { notFound, requireLang, requireRubric } from '../../../shared/lib/route-responses.ts';
import { feedQueries } from '../api/feed-queries.ts';
import { FeedList } from '../components/feed-list.tsx';
import { Pagination } from '../components/pagination.tsx';
import { parsePageParam } from './page-param.ts';
import { prefetch } from '../../../shared/api/prefetch.ts';

/**
 * Settles a rubric page's address: an unknown rubric or page is a 404, `page/1` redirects
 * (replacing history) to the rubric's own address.
 */
export function rubricLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const lang = requireLang(params.lang);
    const rubric = requireRubric(params.rubric);
    const page = parsePageParam(params.page);
    if (page === 'first') throw replace(rubricPath(lang, rubric));
    if (page === undefined) throw notFound();
    try {
      await loadQuery(queryClient, feedQueries.rubric(lang, rubric, page));
    } catch (error) {
      // Only a page past the end gets here: a rubric without stories has an empty first page.
      if (isApiError(error) && error.kind === 'not-found') throw notFound();
      throw error;
    }
    return null;
  };
}

function RubricFeed({ rubric, page }: { rubric: Rubric; page: number }) {
  const { lang, t } = useEdition();
  const queryClient = useQueryClient();
  const { data: feed } = useSuspenseQuery(feedQueries.rubric(lang, rubric, page));
  const name = t.rubrics[rubric];
  const heading = page === 1 ? name : t.rubricPageTitle(name, page);
  return (
    <>
      <title>{`${heading} — ${t.siteName}`}</title>
      <h1 className="page-title" tabIndex={-1}>
        {heading}
      </h1>
      <FeedList items={feed.items} emptyMessage={t.rubricEmpty} />
      <Pagination
        page={feed.page}
        pageCount={feed.pageCount}
        pathOf={(n) => rubricPath(lang, rubric, n)}
        prefetchPage={(n) => {
          prefetch(queryClient, feedQueries.rubric(lang, rubric, n));
        }}
      />
    </>
  );
}

/** A rubric's stories in the edition, newest first, paged like the front page. */
export function RubricRoute() {
  const params = useParams();
  const page = parsePageParam(params.page);
  // The loader lets nothing else through; this only tells the types so.
  if (!isRubric(params.rubric) || typeof page !== 'number') return null;
  return <RubricFeed rubric={params.rubric} page={page} />;
}
