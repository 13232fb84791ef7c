/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the JSON API lives: a path (default /api/v1) or an http(s) URL. */
  readonly VITE_API_BASE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
