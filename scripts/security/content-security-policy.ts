import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { PREFERENCES_SCRIPT } from './preferences-script.ts';

/**
 * Starts the app once the page has painted. A prerendered page reads whole without script, so
 * the app's bundle should not compete with the story for a slow connection before it is on
 * screen: the bundle is requested after `load` and after the first contentful paint, in the
 * frame after. Waiting for `load` alone was not enough: the paint can come a frame or two after
 * it, and a bundle that arrives first delays it. Where the browser does not report this paint
 * (a page opened in the background), a timer starts it 3 s after `load`, in the first frame the
 * page is shown; where it reports no paints at all, or the page is the empty app shell (nothing
 * to paint before the app), in the frame after `load`. Clicks before then are ordinary links.
 * Inline, so that starting it costs no request of its own; its hash is in the policy.
 */
export const BOOT_SCRIPT =
  '(function(){function start(){var entry=document.querySelector(\'meta[name="app-entry"]\');' +
  "if(!entry)return;var script=document.createElement('script');script.type='module';" +
  "script.crossOrigin='';script.src=entry.content;document.head.appendChild(script)}" +
  'var started=false;' +
  'function later(){if(started)return;started=true;' +
  'requestAnimationFrame(function(){setTimeout(start,0)})}' +
  "function loaded(){var root=document.getElementById('root');" +
  'if(!root||!root.firstChild)return later();setTimeout(later,3000);' +
  'var types=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes;' +
  "if(!types||types.indexOf('paint')<0)return later();" +
  'new PerformanceObserver(function(list,observer){' +
  "if(list.getEntriesByName('first-contentful-paint').length){observer.disconnect();later()}" +
  "}).observe({type:'paint',buffered:true})}" +
  "if(document.readyState==='complete')loaded();else addEventListener('load',loaded)})();";

/** A CSP source allowing one inline script or style element, by its text's hash. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

export function bootScriptHash(): string {
  return scriptHash(BOOT_SCRIPT);
}

/**
 * The Content Security Policy every built page carries. Scripts come only from the site itself,
 * the boot script above and the preferences script (by hash; the page data and JSON-LD are data
 * blocks, which CSP does not run), styles only from the site and the page's own inline styles
 * (by hash: `styleHashes`), data only from the site and the API.
 * `frame-ancestors` cannot be set from a meta tag; the web server sends it as a header.
 */
export function contentSecurityPolicy(
  apiBase: string,
  styleHashes: readonly string[] = [],
): string {
  const apiOrigin = apiBase.startsWith('/') ? '' : ` ${new URL(apiBase).origin}`;
  return [
    "default-src 'self'",
    // Search compiles its WebAssembly (the index's reader, decision 050): that and nothing else.
    `script-src 'self' 'wasm-unsafe-eval' ${bootScriptHash()} ${scriptHash(PREFERENCES_SCRIPT)}`,
    ["style-src 'self'", ...styleHashes].join(' '),
    // Story pictures may be served by the newsroom's media host or CDN.
    "img-src 'self' https:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin}`,
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The built entry's module script, as Vite writes it into index.html. */
const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * The entry's imports, which Vite has the page preload. The app's script loads after the first
 * paint (BOOT_SCRIPT), and so must they: fetched from the head, they would compete with the page's
 * own paint for the connection.
 */
const MODULE_PRELOADS = /\s*<link rel="modulepreload" crossorigin href="[^"]+">/g;

/** The entry's stylesheet, as Vite writes it into index.html. */
const ENTRY_STYLESHEET = /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/;

/** Where the web server's copy of the policy lives; it must allow the inline styles too. */
export const SECURITY_HEADERS_FILE = 'deploy/security-headers.conf';

function cssOf(bundle: IndexHtmlTransformContext['bundle'], file: string): string {
  const asset = bundle?.[file];
  if (asset?.type !== 'asset') throw new Error(`the build has no stylesheet ${file}`);
  const css =
    typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
  if (/<\/style/i.test(css)) throw new Error(`${file} would end its <style> element early`);
  return css;
}

/**
 * Builds only: puts the policy into index.html (the template of every prerendered page) right
 * after the charset, ahead of every script; swaps the entry's module script for the boot script;
 * and puts the app's stylesheet into the page itself, allowed by its hash. The page then paints
 * with the HTML alone: a stylesheet in the head is a request every first paint waits for (on a
 * slow line, a round trip or more). The dev server keeps its own inline scripts (hot reload) and
 * needs none of it.
 */
export function cspAndBoot(apiBase: string): Plugin {
  return {
    name: 'csp-and-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        const entry = ENTRY_SCRIPT.exec(html)?.[1];
        const stylesheet = ENTRY_STYLESHEET.exec(html)?.[1];
        if (!charset.test(html)) throw new Error('index.html has no <meta charset>');
        if (!entry) throw new Error('index.html has no entry module script');
        if (!stylesheet) throw new Error('index.html has no stylesheet of the entry');
        const css = cssOf(context.bundle, stylesheet);
        const styleHash = scriptHash(css);
        // deploy/ sends the same policy as a header, which must allow these very styles.
        if (!readFileSync(SECURITY_HEADERS_FILE, 'utf8').includes(styleHash)) {
          throw new Error(
            `${SECURITY_HEADERS_FILE}: style-src does not allow the app's inline styles; ` +
              `their hash is now ${styleHash}`,
          );
        }
        const policy = contentSecurityPolicy(apiBase, [styleHash]).replace(/'/g, '&#39;');
        const page = html
          .replace(
            charset,
            (tag) =>
              `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
          )
          .replace(
            ENTRY_SCRIPT,
            () =>
              `<meta name="app-entry" content="${entry}" />\n    <script>${BOOT_SCRIPT}</script>`,
          )
          .replace(MODULE_PRELOADS, '')
          .replace(ENTRY_STYLESHEET, () => `<style>${css}</style>`);
        if (page.includes('modulepreload')) {
          throw new Error('index.html: a modulepreload link is left, which Vite wrote otherwise');
        }
        return page;
      },
    },
  };
}
