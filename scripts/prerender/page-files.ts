import { LANGS, type Lang } from '../../src/shared/i18n/languages.ts';
import { addressOf, type Address } from '../../src/shared/lib/paths.ts';

/**
 * Where the prerender puts each page: at its canonical address, so that any static host that
 * serves `x.html` for `/x` and `dir/index.html` for `/dir/` serves it with no rewrite rule
 * (decision 020). A story is `ru/news/1001/{slug}.html`; its folder's `index.html` sends an
 * address without the slug (`/ru/news/1001`) on to it.
 */
export function pageFileOf(address: Address): string {
  if (!isWritten(address)) {
    const { shape, ...parts } = address;
    throw new Error(`not a page the build writes: ${shape} ${JSON.stringify(parts)}`);
  }
  switch (address.shape) {
    case 'front':
      return `${address.lang}/index.html`;
    case 'latestPage':
      return `${address.lang}/page/${address.page}.html`;
    case 'rubric':
      return `${address.lang}/rubric/${address.rubric}.html`;
    case 'rubricPage':
      return `${address.lang}/rubric/${address.rubric}/page/${address.page}.html`;
    case 'story':
      if (!address.slug) throw new Error(`a story's page needs its slug: ${address.id}`);
      return `${address.lang}/news/${address.id}/${address.slug}.html`;
    case 'search':
      return `${address.lang}/search.html`;
  }
}

/**
 * Whether the build could write the page at `address`: every part becomes a file name, so only
 * lower-case letters, digits and hyphens (nothing that could climb out of the site, `..`).
 */
export function isWritten(address: Address): boolean {
  return Object.entries(address).every(
    ([key, part]) => key === 'shape' || part === undefined || /^[a-z0-9-]+$/.test(part),
  );
}

/** The file of the page at `pathname`, which must be one of the reader's pages. */
export function pageFileOfPath(pathname: string): string {
  const address = addressOf(pathname);
  if (!address) throw new Error(`not a page of the reader: ${pathname}`);
  return pageFileOf(address);
}

/** The page that sends a story's address without its slug on to the story. */
export function storyRedirectFileOf(lang: Lang, id: string): string {
  return `${lang}/news/${id}/index.html`;
}

/** An edition's not-found page, served with a 404 for addresses the build does not know. */
export function notFoundFileOf(lang: Lang): string {
  return lang === LANGS[0] ? '404.html' : `${lang}/404.html`;
}
