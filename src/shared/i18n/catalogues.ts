import type { Catalogue } from './catalogue.ts';
import { LANGS, type Lang } from './languages.ts';

/**
 * Each edition's strings are a chunk of their own, so a reader downloads only the strings of the
 * edition they read (as Simorgh ships one service's translations). A catalogue is loaded before
 * anything of its edition renders: by the client's start for the first page, by the edition
 * route's loader on the way to another edition, and by the server for every page. Only the
 * export read here goes into the chunk: the strings a catalogue's file keeps beside it for the
 * build (page heads, RSS, manifests) never reach a browser.
 */
const IMPORTS: Record<Lang, () => Promise<Catalogue>> = {
  ru: () => import('./catalogues/ru.ts').then((module) => module.ru),
  ky: () => import('./catalogues/ky.ts').then((module) => module.ky),
};

const loaded = new Map<Lang, Catalogue>();
const loading = new Map<Lang, Promise<Catalogue>>();

export function loadCatalogue(lang: Lang): Promise<Catalogue> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(lang);
  if (!pending) {
    pending = IMPORTS[lang]().then(
      (catalogue) => {
        loaded.set(lang, catalogue);
        return catalogue;
      },
      (error: unknown) => {
        // A failed load (offline, a deploy that removed the chunk) may be tried again.
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

export async function loadAllCatalogues(): Promise<void> {
  await Promise.all(LANGS.map(loadCatalogue));
}

/**
 * The strings of an edition. Should its catalogue have failed to load (the error page of a
 * navigation to the other edition while offline), those of the edition already on screen
 * stand in: a page in the wrong language is better than no page.
 */
export function catalogueOf(lang: Lang): Catalogue {
  const catalogue = loaded.get(lang) ?? loaded.values().next().value;
  if (!catalogue) throw new Error(`No catalogue is loaded: load the ${lang} one before rendering`);
  return catalogue;
}
