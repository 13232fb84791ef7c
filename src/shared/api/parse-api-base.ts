/**
 * Where the JSON API lives. Defaults to /api/v1 on the same origin; a build may point it at a
 * CMS or CDN that serves the same contract (VITE_API_BASE).
 */
export function parseApiBase(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '') return '/api/v1';
  const problem = `VITE_API_BASE must be a path such as /api/v1 or an http(s) URL, got "${value}"`;
  if (value.startsWith('/') && !value.startsWith('//')) return value.replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(problem);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(problem);
  return url.href.replace(/\/+$/, '');
}

/** The folder of the built site that holds the API files: the base's path without slashes. */
export function apiOutputDir(base: string): string {
  const pathname = base.startsWith('/') ? base : new URL(base).pathname;
  return pathname.replace(/^\/+|\/+$/g, '') || 'api';
}
