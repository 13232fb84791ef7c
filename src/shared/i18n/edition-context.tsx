import { createContext, useContext, type ReactNode } from 'react';
import { catalogueOf } from './catalogues.ts';
import { formatLongDate, formatLongDateTime } from './format-date.ts';
import { DEFAULT_LANG, type Lang } from './languages.ts';

const EditionContext = createContext<Lang>(DEFAULT_LANG);

export function EditionProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <EditionContext value={lang}>{children}</EditionContext>;
}

/** The UI edition of the current page: its language, strings and date formatters. */
export function useEdition() {
  const lang = useContext(EditionContext);
  return {
    lang,
    t: catalogueOf(lang),
    formatDate: (iso: string) => formatLongDate(iso, lang),
    formatDateTime: (iso: string) => formatLongDateTime(iso, lang),
  };
}
