import path from 'node:path';

/** A stand-in origin: the preview server's middlewares read only the path and the query. */
const ORIGIN = 'http://preview.invalid';

/**
 * A request's target (`/ru/news/1?x`) as a URL, or undefined when it is not a path. Read as a
 * path, not resolved as a reference: resolved, `//` would be an address with no host, and
 * throw.
 */
export function requestUrl(target: string | undefined): URL | undefined {
  if (!target?.startsWith('/')) return undefined;
  const href = `${ORIGIN}${target}`;
  return URL.canParse(href) ? new URL(href) : undefined;
}

/** The file a URL path names inside the site, or undefined (malformed, or outside it). */
export function fileInSite(siteDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = path.join(siteDir, decoded);
  return file.startsWith(siteDir + path.sep) ? file : undefined;
}
