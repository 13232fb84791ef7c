import { PrefetchingLink } from '../../shared/lib/prefetching-link.tsx';
import { EDITIONS } from '../../shared/i18n/editions.ts';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { LANGS, type Lang } from '../../shared/i18n/languages.ts';
import { rememberEdition } from './preferred-edition.ts';

interface LanguageSwitchProps {
  hrefs: Record<Lang, string>;
  /** Fetches what another edition's link opens, as the reader is about to follow it. */
  prefetch?: (lang: Lang) => void;
}

/**
 * Each language named in itself. `hrefs` keep the reader's place: the same page, or the
 * story's translation, in the other edition.
 */
export function LanguageSwitch({ hrefs, prefetch }: LanguageSwitchProps) {
  const { lang: current, t } = useEdition();
  return (
    <nav className="language-switch" aria-label={t.languageSwitchLabel}>
      <ul>
        {LANGS.map((lang) => (
          <li key={lang}>
            {lang === current ? (
              <a aria-current="page" lang={lang} href={hrefs[lang]}>
                {EDITIONS[lang].autonym}
              </a>
            ) : (
              <PrefetchingLink
                to={hrefs[lang]}
                lang={lang}
                hrefLang={lang}
                onClick={() => {
                  rememberEdition(lang);
                }}
                prefetch={() => prefetch?.(lang)}
              >
                {EDITIONS[lang].autonym}
              </PrefetchingLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
