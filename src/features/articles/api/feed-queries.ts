import type { Feed } from '../../../shared/contract/api-files.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import {
  ALL_FEEDS_KEY,
  editionFeedsKey,
  feedHeadKind,
  feedPageKind,
  kindQuery,
} from './query-kinds.ts';

export const FEED_STALE_MS = 30_000;

export const feedQueries = {
  all: () => ALL_FEEDS_KEY,
  edition: (lang: Lang) => editionFeedsKey(lang),
  /** A feed's newest stories: an edition's front page, a rubric's page. */
  head: (feed: Feed) => kindQuery(feedHeadKind, feed, FEED_STALE_MS),
  /** A page of a feed's archive. */
  page: (feed: Feed, page: number) => kindQuery(feedPageKind, { feed, page }, FEED_STALE_MS),
};
