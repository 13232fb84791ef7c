import { hashKey, type QueryKey } from '@tanstack/react-query';

/**
 * The hash TanStack Query gives a query key, computed faster for the keys this app uses. Its
 * own `hashKey` passes every part of a key through a replacer (to sort objects' keys); for a key
 * of strings and numbers alone, plain JSON is the same text. The build renders tens of thousands
 * of pages, each hashing its keys many times, and the replacer was 1–2% of a page.
 */
export function hashQueryKey(queryKey: QueryKey): string {
  return queryKey.every((part) => typeof part === 'string' || typeof part === 'number')
    ? JSON.stringify(queryKey)
    : hashKey(queryKey);
}
