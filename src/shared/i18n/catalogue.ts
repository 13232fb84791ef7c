import type { CalendarDate } from './format-date.ts';
import type { Lang } from './languages.ts';
import type { Rubric } from './rubrics.ts';

/**
 * Every string of the UI. Each entry is a whole sentence or label; values that vary are
 * parameters of a function so that each language orders its own words.
 */
export interface Catalogue {
  siteName: string;
  skipToContent: string;
  languageSwitchLabel: string;
  latestHeading: string;
  latestPageTitle: (page: number) => string;
  feedEmpty: string;
  /** Each rubric's name: its link in the rubric navigation, its page's heading. */
  rubrics: Record<Rubric, string>;
  rubricNavLabel: string;
  /** The first link of the rubric navigation: the edition's front page, all stories. */
  rubricNavFront: string;
  /** An older page of a rubric, given the rubric's name. */
  rubricPageTitle: (rubric: string, page: number) => string;
  rubricEmpty: string;
  relatedHeading: string;
  paginationLabel: string;
  newerStories: string;
  olderStories: string;
  /** Which page of a feed's archive this is (page 1 holds its oldest stories). */
  pageNumber: (page: number) => string;
  /**
   * A date written long, as CLDR does in the language: "12 июля 2017 г.", "2017-ж., 12-июль".
   * Assembled by hand rather than by `Intl`, which cannot be trusted to agree with Node's
   * (see format-date.ts).
   */
  longDate: (date: CalendarDate) => string;
  /** A date and time of day, as CLDR writes them (dateStyle long, timeStyle short). */
  longDateTime: (date: CalendarDate, time: string) => string;
  /** When the story was last updated, given as longDateTime. */
  updated: (date: string) => string;
  /** The button over a feed that shows the stories published since the page was opened. */
  newStoriesShow: (count: number) => string;
  /** Said once to screen-reader users when stories are published while the feed is open. */
  newStoriesAnnounced: (count: number) => string;
  /** On an open story when the newsroom has published a newer version of it. */
  newerVersion: string;
  /** The button that shows the newer version. */
  showNewerVersion: string;
  /** The heading of the newsroom's corrections at the end of a story. */
  correctionsHeading: string;
  /** The label of the breaking-news banner. */
  breakingLabel: string;
  /** The banner's button that hides it for good (for that story). */
  breakingDismiss: string;
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
  /** The navigation under a story ("Наверх", "Назад"): named apart from the header's. */
  articleEndLabel: string;
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
  /** The theme switch: its legend and each of its choices. */
  theme: { legend: string; light: string; dark: string; system: string };
  /** The story's text size control; `current` is announced after each step. */
  textSize: {
    label: string;
    smaller: string;
    larger: string;
    current: (percent: number) => string;
  };
  /** "Share this story": the links to messengers, the device's share sheet, copying the link. */
  share: {
    heading: string;
    via: (channel: string) => string;
    native: string;
    copyLink: string;
    copied: string;
    copyFailed: string;
  };
  /** Shown while the reader is offline: what still opens. */
  offlineNotice: string;
  /** Search: the header's field and the search page. */
  search: {
    /** The header's search region, for assistive technology. */
    landmark: string;
    /** The field's label. */
    label: string;
    /** The phone's control that opens the field. */
    open: string;
    submit: string;
    heading: string;
    /** Before anything is searched. */
    prompt: string;
    searching: string;
    /** How many stories the query found (announced as results arrive). */
    found: (count: number) => string;
    nothingFound: (query: string) => string;
    /** The choice of order: its label and each order. */
    orderLabel: string;
    newest: string;
    relevance: string;
    more: string;
    offline: string;
    failed: string;
    /** The search page without scripts, before the rubrics' links. */
    needsScript: string;
  };
  /** Shown when a new version of the site is ready to replace the one running. */
  updateAvailable: string;
  /** The button that switches to the new version (reloads the page). */
  updateNow: string;
}

/**
 * Strings only the build writes out: into page heads, the RSS feeds and the web app manifests.
 * Apart from the catalogue, so that no reader's browser downloads them.
 */
export interface PublishedStrings {
  /** What the site is, for search results and link previews of pages that are not stories. */
  siteDescription: string;
  /** The name of the edition's RSS feed in a feed reader. */
  rssTitle: string;
  /** The app's name under its home-screen icon: a dozen letters at most. */
  appShortName: string;
}
