import path from 'node:path';
import { readUtf8File } from '../lib/utf8.ts';

/**
 * The built API's files (by their path below the API root) as parsed JSON, for seeding each prerendered page's query cache. The files are
 * the content build's own output, validated at its input, so they are not parsed with the
 * schemas a second time. Many stories share a rubric's or a tag's first page: recent feed pages
 * are kept at hand (a bounded number, so memory does not grow with the corpus).
 */
export function builtApiData(apiDir: string, keepFeeds = 2000): (relative: string) => unknown {
  const feeds = new Map<string, unknown>();
  const read = (relative: string): unknown => {
    try {
      const data: unknown = JSON.parse(readUtf8File(path.join(apiDir, relative)));
      return data;
    } catch {
      // No file (a feed with no stories in this edition): the app's own fetch says so.
      return undefined;
    }
  };
  return (relative) => {
    if (relative.startsWith('articles/')) return read(relative);
    if (feeds.has(relative)) return feeds.get(relative);
    const data = read(relative);
    if (feeds.size >= keepFeeds) feeds.delete(feeds.keys().next().value ?? '');
    feeds.set(relative, data);
    return data;
  };
}
