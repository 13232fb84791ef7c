import { parseApiBase } from './parse-api-base.ts';

export const API_BASE = parseApiBase(import.meta.env.VITE_API_BASE);

/** The URL of an API resource, e.g. apiUrl('articles/1001.json'). */
export function apiUrl(path: string, base: string = API_BASE): string {
  return `${base}/${path}`;
}
