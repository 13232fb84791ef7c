/** The service worker's runtime caches, named once for the worker's build and the app. */
export const PAGES_CACHE = 'pages';
export const API_CACHE = 'api';
export const SEARCH_CACHE = 'search';
