/**
 * The "static floor" for the Lighthouse bench: a prerendered page as one HTML file, every script
 * removed and all its CSS inline, so what is left is what the HTML and CSS alone cost. The
 * article measured against it can be no faster than this, and should not be much slower.
 */

const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
// rel may be quoted or not and may list other tokens; any link that module-preloads goes.
const MODULE_PRELOAD_LINK = /<link\b(?=[^>]*\brel\s*=\s*["']?[^"'>]*\bmodulepreload\b)[^>]*>/gi;

/**
 * Removes every `<script>` element (module entry, page data, JSON-LD) and every
 * `<link rel="modulepreload">` from prerendered HTML, keeping everything else, the stylesheet
 * link included. Fails rather than return a page that would still run or fetch script.
 */
export function stripScripts(html: string): string {
  const stripped = html.replace(SCRIPT_ELEMENT, '').replace(MODULE_PRELOAD_LINK, '');
  if (/<script\b/i.test(stripped) || /\bmodulepreload\b/i.test(stripped)) {
    throw new Error('static floor: a script or modulepreload survived stripping');
  }
  return stripped;
}

const STYLESHEET_LINK = /<link\b(?=[^>]*\brel\s*=\s*["']?stylesheet\b)[^>]*>/gi;
const HREF = /\bhref\s*=\s*["']?([^"'\s>]+)/i;

/**
 * The floor of `html`: its scripts stripped and each stylesheet it links put inline, read with
 * `readCss` (by the link's address). The app's own pages link none (their styles are inline,
 * allowed by hash), so the floor is served with the same policy as the page.
 */
export function staticFloor(html: string, readCss: (href: string) => string): string {
  return stripScripts(html).replace(STYLESHEET_LINK, (link) => {
    const href = HREF.exec(link)?.[1];
    if (!href) throw new Error(`static floor: a stylesheet link without an address: ${link}`);
    return `<style>${readCss(href)}</style>`;
  });
}
