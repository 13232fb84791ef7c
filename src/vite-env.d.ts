/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the JSON API lives: a path (default /api/v1) or an http(s) URL. */
  readonly VITE_API_BASE?: string;
  /** A path of the site where a search server answers (docs/search.md); none, the static index. */
  readonly VITE_SEARCH_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
