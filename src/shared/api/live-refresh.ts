/** How often a page the reader has open asks whether its news is still the newest. */
export const LIVE_REFRESH_MS = 2 * 60_000;

/**
 * The query options of news a page shows while it is open (a feed, the story read, the
 * breaking-news banner): asked again every two minutes while the page is visible, never in a
 * hidden tab (TanStack Query's focus manager follows `visibilitychange`), at once when the reader
 * comes back to the tab, and paused while offline: in the `online` network mode a refresh waits
 * for the connection (TanStack Query's online manager follows src/shared/api/connectivity.ts,
 * see src/app/query-client.ts). Loading a page is not paused: loaders ask in the `always` mode.
 */
export const LIVE_REFRESH = {
  refetchInterval: LIVE_REFRESH_MS,
  refetchIntervalInBackground: false,
  refetchOnWindowFocus: 'always',
  networkMode: 'online',
} as const;
