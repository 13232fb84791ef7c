/** A key part that can be a path segment: nothing that could climb out of the API folder. */
function segment(part: unknown): string | undefined {
  const text = typeof part === 'number' ? String(part) : part;
  return typeof text === 'string' && /^[\p{L}\p{N}_-]+$/u.test(text) ? text : undefined;
}

/**
 * The built API file (below the API root) that answers one of the app's article or feed
 * queries, by its query key (see article-queries.ts and feed-queries.ts), or undefined.
 */
export function apiFileOfQuery(queryKey: readonly unknown[]): string | undefined {
  const parts = queryKey.map(segment);
  if (parts.some((part) => part === undefined)) return undefined;
  const [resource, a, b, c, d] = parts;
  if (resource === 'articles' && a === 'detail' && b && parts.length === 3) {
    return `articles/${b}.json`;
  }
  if (resource !== 'feeds' || !a) return undefined;
  if (b === 'latest' && c && parts.length === 4) return `${a}/latest/${c}.json`;
  if ((b === 'rubrics' || b === 'tags') && c && d && parts.length === 5) {
    return `${a}/${b}/${c}/${d}.json`;
  }
  return undefined;
}
