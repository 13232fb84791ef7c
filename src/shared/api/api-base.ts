/**
 * The API's base, parsed by parseApiBase when the site is built (an invalid VITE_API_BASE stops
 * the build) and injected as a constant (see vite.config.ts).
 */
declare const __API_BASE__: string;

export const API_BASE: string = __API_BASE__;

/** The URL of an API resource, e.g. apiUrl('articles/1001.json'). */
export function apiUrl(path: string, base: string = API_BASE): string {
  return `${base}/${path}`;
}
