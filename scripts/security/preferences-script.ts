import type { Plugin } from 'vite';
import { LANGS } from '../../src/shared/i18n/languages.ts';
import {
  EDITION_STORAGE_KEY,
  FORCED_THEMES,
  TEXT_SIZE_ATTRIBUTE,
  TEXT_SIZE_STORAGE_KEY,
  TEXT_SIZES,
  THEME_ATTRIBUTE,
  THEME_STORAGE_KEY,
} from '../../src/shared/preferences/reader-preferences.ts';

/**
 * Puts the reader's remembered theme and text size on <html> before the body is parsed, so a
 * page never paints in the wrong theme or reflows when the app starts. Inline in the head (a
 * request would hold up the first paint); its hash is in the policy. Only known values are
 * applied; storage that throws (private modes) leaves the page following the system.
 *
 * It also remembers an edition chosen with the language switch from the first paint on: the app
 * starts only after the page has painted (and on a slow line its script takes seconds), and
 * until then the switch is a plain link that the app's own handler never sees. A tap then would
 * reach the other edition, but "/" would go on opening the old one.
 */
export const PREFERENCES_SCRIPT =
  "(function(){var root=document.documentElement;document.addEventListener('click',function(event){" +
  "var link=event.target instanceof Element&&event.target.closest('.language-switch a[hreflang]');" +
  `if(link&&${JSON.stringify(LANGS)}.indexOf(link.hreflang)>=0)try{` +
  `localStorage.setItem(${JSON.stringify(EDITION_STORAGE_KEY)},link.hreflang)}catch(error){}},true);` +
  'try{var storage=localStorage;' +
  `function put(key,values,attribute){var value=storage.getItem(key);` +
  'if(values.indexOf(value)>=0)root.setAttribute(attribute,value)}' +
  `put(${JSON.stringify(THEME_STORAGE_KEY)},${JSON.stringify(FORCED_THEMES)},${JSON.stringify(THEME_ATTRIBUTE)});` +
  `put(${JSON.stringify(TEXT_SIZE_STORAGE_KEY)},${JSON.stringify(TEXT_SIZES)},${JSON.stringify(TEXT_SIZE_ATTRIBUTE)})` +
  '}catch(error){}})();';

/** Puts the preferences script into index.html right after the charset, in builds and dev. */
export function preferencesScript(): Plugin {
  return {
    name: 'preferences-script',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html has no <meta charset>');
        return html.replace(charset, (tag) => `${tag}\n    <script>${PREFERENCES_SCRIPT}</script>`);
      },
    },
  };
}
