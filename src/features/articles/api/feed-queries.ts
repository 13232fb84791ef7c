import { queryOptions } from '@tanstack/react-query';
import { LIVE_REFRESH } from '../../../shared/api/live-refresh.ts';
import type { Feed } from '../../../shared/contract/api-files.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import {
  ALL_FEEDS_KEY,
  editionFeedsKey,
  feedHeadKind,
  feedPageKind,
  kindQuery,
} from './query-kinds.ts';

/**
 * A feed a minute old is asked again when a page shows it: a prerendered or cached page's once
 * the app has started (src/app/page-data.ts dates its data by the page's Last-Modified).
 */
export const FEED_STALE_MS = 60_000;

export const feedQueries = {
  all: () => ALL_FEEDS_KEY,
  edition: (lang: Lang) => editionFeedsKey(lang),
  /** A feed's newest stories: an edition's front page, a rubric's page. */
  head: (feed: Feed) =>
    queryOptions({ ...kindQuery(feedHeadKind, feed, FEED_STALE_MS), ...LIVE_REFRESH }),
  /** A page of a feed's archive. */
  page: (feed: Feed, page: number) =>
    queryOptions({ ...kindQuery(feedPageKind, { feed, page }, FEED_STALE_MS), ...LIVE_REFRESH }),
};
