import { SITEMAP_FILE } from './sitemap.ts';
import { checkOrigin } from './site-url.ts';

/**
 * robots.txt: every crawler may read everything, and learns where the sitemap is. The sitemap
 * line needs an absolute URL, hence the origin.
 */
export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${checkOrigin(origin)}/${SITEMAP_FILE}\n`;
}
