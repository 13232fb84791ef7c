import { isLang, LANGS, type Lang } from '../../src/shared/i18n/languages.ts';

/**
 * Where the prerender puts each page, and which file answers an address. A story is one file
 * in its edition's news folder, `ru/news/1001.html`, whatever the slug in its address: a folder
 * per story cost the build a directory for each of tens of thousands of stories, and a story
 * reached by an old or mistyped slug still reads whole without scripts (the app then replaces
 * the address by the canonical one). Servers map story addresses to that file (nginx.conf, the
 * preview server); every other page is served at its address without `.html`.
 */
const STORY_ADDRESS = new RegExp(`^/(${LANGS.join('|')})/news/([a-z0-9-]+)(?:/[^/]*)?$`);

/**
 * A story's address: its edition, its id and the file it is served from (`/ru/news/1001/slug` →
 * `ru/news/1001.html`), or undefined.
 */
export function storyPageOf(
  pathname: string,
): { lang: Lang; id: string; file: string } | undefined {
  const [, lang, id] = STORY_ADDRESS.exec(pathname) ?? [];
  return isLang(lang) && id ? { lang, id, file: `${lang}/news/${id}.html` } : undefined;
}

/** An edition's not-found page, served with a 404 for addresses the build does not know. */
export function notFoundFileOf(lang: Lang): string {
  return lang === LANGS[0] ? '404.html' : `${lang}/404.html`;
}

/** Where a page's HTML goes: /ru/ → ru/index.html, /ru/page/2 → ru/page/2.html. */
export function fileForPath(pathname: string): string {
  const clean = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (clean.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`refusing to write a page outside the site: ${pathname}`);
  }
  const story = storyPageOf(`/${clean}`);
  if (story) return story.file;
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  return `${clean}.html`;
}
