import type { Lang } from './languages.ts';

/**
 * Every string of the UI. Each entry is a whole sentence or label; values that vary are
 * parameters of a function so that each language orders its own words.
 */
export interface Catalogue {
  siteName: string;
  skipToContent: string;
  languageSwitchLabel: string;
  /** Accessible name of each language link, in the UI language ("Читать на кыргызском"). */
  readIn: Record<Lang, string>;
  latestHeading: string;
  latestPageTitle: (page: number) => string;
  feedEmpty: string;
  paginationLabel: string;
  newerStories: string;
  olderStories: string;
  pageOf: (page: number, pageCount: number) => string;
  published: string;
  updated: (date: string) => string;
  source: (source: string) => string;
  photoCredit: (credit: string) => string;
  /** The note on a story shown in an edition whose language it is not written in. */
  onlyAvailableIn: Record<Lang, string>;
  sendNewsHeading: string;
  sendNewsVia: (channel: string) => string;
  sendNewsPrefill: string;
  opensInNewTab: string;
  back: string;
  toTop: string;
  notFoundTitle: string;
  notFoundText: string;
  toFrontPage: string;
  loading: string;
  errorTitle: string;
  errorNetwork: string;
  errorTimeout: string;
  errorServer: string;
  errorInvalid: string;
  errorNotFound: string;
  errorUnexpected: string;
  retry: string;
  footerNote: string;
}
