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
