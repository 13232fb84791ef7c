import type { QueryClient } from '@tanstack/react-query';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { useSearchParams } from 'react-router';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { DEFAULT_LANG } from '../../../shared/i18n/languages.ts';
import { RUBRICS } from '../../../shared/i18n/rubrics.ts';
import { AppLink } from '../../../shared/lib/app-link.tsx';
import { useDelayedTrue } from '../../../shared/lib/use-delayed.ts';
import { langOfPath, rubricPath, searchPath } from '../../../shared/lib/paths.ts';
import type { SearchHit } from '../search-engine.ts';
import {
  parseSearchParams,
  searchParamsString,
  SORTS,
  type SearchParams,
} from '../search-params.ts';
import { SearchOfflineError, searchQueries } from '../search-queries.ts';
import '../search.css';

/**
 * The search page, `/{lang}/search?q=…&sort=relevance`: its code (and the index's) loads only
 * when a reader opens it. The loader starts the search as the address changes; the page shows
 * the field's results as they arrive, in the order asked for, ten at a time.
 */
export function searchLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    const url = new URL(request.url);
    const params = parseSearchParams(url.searchParams);
    const lang = langOfPath(url.pathname) ?? DEFAULT_LANG;
    // The build prerenders the page without a query; a search runs in the reader's browser.
    if (params.q !== '' && typeof window !== 'undefined') {
      queryClient.infiniteQuery(searchQueries.results(lang, params)).catch(() => undefined);
    }
    return null;
  };
}

function Hit({ hit }: { hit: SearchHit }) {
  const { t, formatDate } = useEdition();
  return (
    <li className="search-results__item">
      <article>
        <h2 className="search-results__title">
          <AppLink to={hit.url}>{hit.title}</AppLink>
        </h2>
        <p className="search-results__meta">
          <time dateTime={hit.publishedAt}>{formatDate(hit.publishedAt)}</time>
          {hit.rubric ? <span> · {t.rubrics[hit.rubric]}</span> : null}
        </p>
        {hit.excerpt.length > 0 ? (
          <p className="search-results__excerpt">
            {hit.excerpt.map((part, index) =>
              part.marked ? <mark key={index}>{part.text}</mark> : part.text,
            )}
          </p>
        ) : null}
      </article>
    </li>
  );
}

function Order({ params }: { params: SearchParams }) {
  const { lang, t } = useEdition();
  return (
    <nav className="search-order" aria-label={t.search.orderLabel}>
      <ul>
        {SORTS.map((sort) => (
          <li key={sort}>
            <AppLink
              to={searchPath(lang, searchParamsString({ ...params, sort }))}
              aria-current={params.sort === sort ? 'true' : undefined}
            >
              {t.search[sort]}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * How long a search runs before the page says it is searching: a screen reader would otherwise
 * hear "searching" at every pause in the typing, before each count.
 */
export const SEARCHING_NOTICE_MS = 1000;

function statusOf(
  search: ReturnType<typeof useSearch>,
  params: SearchParams,
  slow: boolean,
  t: ReturnType<typeof useEdition>['t'],
): string {
  if (params.q === '') return '';
  if (search.isPending) return slow ? t.search.searching : '';
  if (search.isError) {
    return search.error instanceof SearchOfflineError ? t.search.offline : t.search.failed;
  }
  const total = search.data.pages[0]?.total ?? 0;
  return total === 0 ? t.search.nothingFound(params.q) : t.search.found(total);
}

function useSearch(params: SearchParams) {
  const { lang } = useEdition();
  return useInfiniteQuery({
    ...searchQueries.results(lang, params),
    enabled: params.q !== '',
  });
}

/**
 * Keeps the keyboard's place when results are added below it: the first of the results a "show
 * more" added takes the focus once they arrive (the button it was on may go with the last page),
 * unless the reader has gone elsewhere meanwhile.
 */
function useFocusOnAdded(count: number) {
  const listRef = useRef<HTMLOListElement>(null);
  const pendingRef = useRef<{ from: number; button: Element } | undefined>(undefined);
  useEffect(() => {
    const pending = pendingRef.current;
    if (pending === undefined || count <= pending.from) return;
    pendingRef.current = undefined;
    const focused = document.activeElement;
    if (focused !== pending.button && focused !== document.body) return;
    listRef.current?.querySelectorAll('a').item(pending.from).focus();
  }, [count]);
  return {
    listRef,
    focusFrom: (from: number, button: Element) => {
      pendingRef.current = { from, button };
    },
  };
}

export function SearchRoute() {
  const { lang, t } = useEdition();
  const [searchParams] = useSearchParams();
  const params = parseSearchParams(searchParams);
  const search = useSearch(params);
  // Counted from the query's start: with none, the query is disabled, and pending all the same.
  const slow = useDelayedTrue(params.q !== '' && search.isPending, SEARCHING_NOTICE_MS);
  const hits = search.data?.pages.flatMap((page) => page.hits) ?? [];
  const failed = params.q !== '' && search.isError;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { listRef, focusFrom } = useFocusOnAdded(hits.length);
  return (
    <div className="search-page">
      <title>{`${params.q ? `${params.q} — ${t.search.heading}` : t.search.heading} — ${t.siteName}`}</title>
      <h1 className="page-title" tabIndex={-1} ref={headingRef}>
        {t.search.heading}
      </h1>
      <noscript>
        <p>{t.search.needsScript}</p>
        <ul>
          {RUBRICS.map((rubric) => (
            <li key={rubric}>
              <a href={rubricPath(lang, rubric)}>{t.rubrics[rubric]}</a>
            </li>
          ))}
        </ul>
      </noscript>
      {params.q === '' ? <p className="search-prompt">{t.search.prompt}</p> : null}
      {/* The count, or why there is none, is announced as results arrive: one region, kept. */}
      <p className="search-status" role="status">
        {statusOf(search, params, slow, t)}
      </p>
      {failed && !(search.error instanceof SearchOfflineError) ? (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              // With no results yet, the button goes while the search runs again: the heading
              // takes the focus, and the status under it says how it went.
              if (hits.length === 0) headingRef.current?.focus();
              void search.refetch();
            }}
          >
            {t.retry}
          </button>
        </p>
      ) : null}
      {hits.length > 0 ? (
        <>
          <Order params={params} />
          <ol className="search-results" ref={listRef}>
            {hits.map((hit) => (
              <Hit key={hit.url} hit={hit} />
            ))}
          </ol>
        </>
      ) : null}
      {search.hasNextPage ? (
        <p>
          {/* Not disabled while it loads: a disabled button would drop the keyboard's focus. */}
          <button
            type="button"
            className="button"
            aria-disabled={search.isFetchingNextPage || undefined}
            onClick={(event) => {
              if (search.isFetchingNextPage) return;
              focusFrom(hits.length, event.currentTarget);
              void search.fetchNextPage();
            }}
          >
            {search.isFetchingNextPage ? t.search.searching : t.search.more}
          </button>
        </p>
      ) : null}
    </div>
  );
}
