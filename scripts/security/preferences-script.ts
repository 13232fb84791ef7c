import type { Plugin } from 'vite';
import {
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
 */
export const PREFERENCES_SCRIPT =
  '(function(){var root=document.documentElement;try{var storage=localStorage;' +
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
