import { CATALOGUES } from '../../src/shared/i18n/all-catalogues.ts';
import { articlePath } from '../../src/shared/lib/paths.ts';
import { escapeXml } from '../publish/xml.ts';
import type { Story } from '../content/load-sources.ts';

/**
 * The page at a story's address without its slug (`/ru/news/1001`, its folder's index.html):
 * it sends the reader on to the story's canonical address at once, with scripts or without, and
 * tells search engines which address is the story's. A link stays for a browser that does not
 * follow the refresh.
 */
export function storyRedirectPage(origin: string, { item }: Story): string {
  const target = escapeXml(articlePath(item.lang, item));
  const title = escapeXml(`${item.title} — ${CATALOGUES[item.lang].siteName}`);
  return [
    '<!doctype html>',
    `<html lang="${item.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    // As on every page: else a browser asks for /favicon.ico, which the site has not.
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeXml(origin)}${target}">`,
    `<meta http-equiv="refresh" content="0; url=${target}">`,
    '</head>',
    `<body><p><a href="${target}">${escapeXml(item.title)}</a></p></body>`,
    '</html>',
    '',
  ].join('\n');
}
