import { useQueryClient, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs, type Params } from 'react-router';
import { prefetch } from '../../../shared/api/prefetch.ts';
import type { Feed } from '../../../shared/contract/api-files.ts';
import type { FeedItem } from '../../../shared/contract/feed-schema.ts';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { isLang } from '../../../shared/i18n/languages.ts';
import { isRubric } from '../../../shared/i18n/rubrics.ts';
import { editionPath, latestPagePath, rubricPath } from '../../../shared/lib/paths.ts';
import { loadOrNotFound, notFound } from '../../../shared/lib/route-responses.ts';
import { feedQueries } from '../api/feed-queries.ts';
import { FeedList } from '../components/feed-list.tsx';
import { NewStories } from '../components/new-stories.tsx';
import { Pagination, type PageLinkTarget } from '../components/pagination.tsx';
import { parsePageParam } from './page-param.ts';

/**
 * The pages of a feed the reader can open: an edition's latest stories (its front page) and a
 * rubric's, each with its newest stories first and then its archive, numbered from the oldest.
 */
type FeedAddress = {
  feed: Extract<Feed, { kind: 'latest' | 'rubrics' }>;
  page: number | undefined;
};

/** The feed and page of an address, or undefined for an edition, rubric or page that is none. */
function feedAddressOf(params: Params): FeedAddress | undefined {
  const { lang, rubric } = params;
  if (!isLang(lang)) return undefined;
  let feed: FeedAddress['feed'];
  if (rubric === undefined) feed = { lang, kind: 'latest' };
  else if (isRubric(rubric)) feed = { lang, kind: 'rubrics', key: rubric };
  else return undefined;
  if (params.page === undefined) return { feed, page: undefined };
  const page = parsePageParam(params.page);
  return page === undefined ? undefined : { feed, page };
}

/** The address of a feed's first page (page undefined) or of a page of its archive. */
function feedPath(feed: FeedAddress['feed'], page?: number): string {
  if (feed.kind === 'rubrics') return rubricPath(feed.lang, feed.key, page);
  return page === undefined ? editionPath(feed.lang) : latestPagePath(feed.lang, page);
}

/** Loads a feed's page; an unknown edition, rubric or page is a 404. */
export function feedLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const address = feedAddressOf(params);
    if (!address) throw notFound();
    const { feed, page } = address;
    if (page === undefined) await loadOrNotFound(queryClient, feedQueries.head(feed));
    else await loadOrNotFound(queryClient, feedQueries.page(feed, page));
    return null;
  };
}

function FeedView({
  address: { feed, page },
  items,
  newer,
  older,
}: {
  address: FeedAddress;
  items: readonly FeedItem[];
  newer: number | 'first' | undefined;
  older: number | undefined;
}) {
  const { t } = useEdition();
  const queryClient = useQueryClient();
  const name = feed.kind === 'rubrics' ? t.rubrics[feed.key] : undefined;
  const heading =
    name === undefined
      ? page === undefined
        ? t.latestHeading
        : t.latestPageTitle(page)
      : page === undefined
        ? name
        : t.rubricPageTitle(name, page);
  const target = (to: number | undefined): PageLinkTarget => ({
    to: feedPath(feed, to),
    prefetch: () => {
      if (to === undefined) prefetch(queryClient, feedQueries.head(feed));
      else prefetch(queryClient, feedQueries.page(feed, to));
    },
  });
  return (
    <>
      <title>{`${heading} — ${t.siteName}`}</title>
      <h1 className="page-title" tabIndex={-1}>
        {heading}
      </h1>
      <NewStories items={items}>
        {(shown) => (
          <FeedList items={shown} emptyMessage={name === undefined ? undefined : t.rubricEmpty} />
        )}
      </NewStories>
      <Pagination
        page={page}
        newer={newer === undefined ? undefined : target(newer === 'first' ? undefined : newer)}
        older={older === undefined ? undefined : target(older)}
      />
    </>
  );
}

function FeedHead({ address }: { address: FeedAddress }) {
  const { data: head } = useSuspenseQuery(feedQueries.head(address.feed));
  return <FeedView address={address} items={head.items} newer={undefined} older={head.older} />;
}

function FeedPage({ address, page }: { address: FeedAddress; page: number }) {
  const { data } = useSuspenseQuery(feedQueries.page(address.feed, page));
  // The newest page of the archive leads back to the feed's first page.
  return (
    <FeedView
      address={address}
      items={data.items}
      newer={data.newer ?? 'first'}
      older={data.older}
    />
  );
}

/** A feed's first page or a page of its archive; the loader lets no other address through. */
export function FeedRoute() {
  const address = feedAddressOf(useParams());
  if (!address) return null;
  // Keyed by the address: what the reader was shown of one feed does not carry over to another.
  const key = feedPath(address.feed, address.page);
  return address.page === undefined ? (
    <FeedHead key={key} address={address} />
  ) : (
    <FeedPage key={key} address={address} page={address.page} />
  );
}
