import { useQueryClient, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { replace, useParams, type LoaderFunctionArgs } from 'react-router';
import { loadQuery } from '../../../shared/api/load-query.ts';
import { isApiError } from '../../../shared/api/api-error.ts';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { editionPath, feedPagePath } from '../../../shared/lib/paths.ts';
import { notFound, requireLang } from '../../../shared/lib/route-responses.ts';
import { feedQueries } from '../api/feed-queries.ts';
import { FeedList } from '../components/feed-list.tsx';
import { Pagination } from '../components/pagination.tsx';
import { parsePageParam } from './page-param.ts';
import { prefetch } from '../../../shared/api/prefetch.ts';

export function latestLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const lang = requireLang(params.lang);
    const page = parsePageParam(params.page);
    if (page === 'first') throw replace(editionPath(lang));
    if (page === undefined) throw notFound();
    try {
      await loadQuery(queryClient, feedQueries.latest(lang, page));
    } catch (error) {
      if (isApiError(error) && error.kind === 'not-found') throw notFound();
      throw error;
    }
    return null;
  };
}

/** An edition's front page and its older pages: the latest stories, newest first. */
export function LatestRoute() {
  const { lang, t } = useEdition();
  const params = useParams();
  const page = parsePageParam(params.page);
  const pageNumber = typeof page === 'number' ? page : 1;
  const queryClient = useQueryClient();
  const { data: feed } = useSuspenseQuery(feedQueries.latest(lang, pageNumber));
  const heading = pageNumber === 1 ? t.latestHeading : t.latestPageTitle(pageNumber);
  return (
    <>
      <title>{`${heading} — ${t.siteName}`}</title>
      <h1 className="page-title" tabIndex={-1}>
        {heading}
      </h1>
      <FeedList items={feed.items} />
      <Pagination
        page={feed.page}
        pageCount={feed.pageCount}
        pathOf={(n) => feedPagePath(lang, n)}
        prefetchPage={(n) => {
          prefetch(queryClient, feedQueries.latest(lang, n));
        }}
      />
    </>
  );
}
