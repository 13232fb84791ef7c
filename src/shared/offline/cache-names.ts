/** The service worker's runtime caches, named once for the worker's build and the app. */
export const PAGES_CACHE = 'pages';
/** Single stories and their related lists. */
export const API_CACHE = 'api';
export const PICTURES_CACHE = 'pictures';
/** Feeds and the breaking-news file, asked of the network first. */
export const LIVE_CACHE = 'live';
export const SEARCH_CACHE = 'search';
