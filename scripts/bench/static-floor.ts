/**
 * The "static floor" for the Lighthouse bench: a prerendered page with every script removed, so
 * what is left is what the HTML and CSS alone cost. The article measured against it can be no
 * faster than this, and should not be much slower.
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
