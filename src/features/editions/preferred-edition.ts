import { DEFAULT_LANG, isLang, LANGS, type Lang } from '../../shared/i18n/languages.ts';
import { EDITION_STORAGE_KEY as STORAGE_KEY } from '../../shared/preferences/reader-preferences.ts';

/** The edition the reader chose before, if storage holds a valid one. */
export function readStoredEdition(storage: Pick<Storage, 'getItem'> | undefined): Lang | undefined {
  try {
    const value = storage?.getItem(STORAGE_KEY);
    return isLang(value) ? value : undefined;
  } catch {
    // Storage can be switched off or throw in private modes: behave as if nothing was chosen.
    return undefined;
  }
}

export function storeEdition(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembering is acceptable; failing to switch is not.
  }
}

/** The first of the browser's languages that is one of ours ("ky-KG" counts as Kyrgyz). */
export function editionFromLanguages(languages: readonly string[]): Lang | undefined {
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    const match = LANGS.find((lang) => lang === primary);
    if (match) return match;
  }
  return undefined;
}

/** Where "/" sends a reader: their earlier choice, else their browser's language, else Russian. */
export function chooseEdition(stored: Lang | undefined, languages: readonly string[]): Lang {
  return stored ?? editionFromLanguages(languages) ?? DEFAULT_LANG;
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function rememberEdition(lang: Lang): void {
  storeEdition(localStorageOrUndefined(), lang);
}

export function preferredEdition(): Lang {
  return chooseEdition(readStoredEdition(localStorageOrUndefined()), navigator.languages);
}
