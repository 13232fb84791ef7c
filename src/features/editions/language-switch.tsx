import { AppLink } from '../../shared/lib/app-link.tsx';
import { usePrefetchOnIntent } from '../../shared/lib/use-prefetch-on-intent.ts';
import { EDITIONS } from '../../shared/i18n/editions.ts';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { LANGS, type Lang } from '../../shared/i18n/languages.ts';
import { rememberEdition } from './preferred-edition.ts';

interface LanguageSwitchProps {
  hrefs: Record<Lang, string>;
  /** Fetches what another edition's link opens, as the reader is about to follow it. */
  prefetch?: (lang: Lang) => void;
}

function OtherEdition({
  lang,
  href,
  prefetch,
}: { lang: Lang; href: string } & Pick<LanguageSwitchProps, 'prefetch'>) {
  const intent = usePrefetchOnIntent<HTMLAnchorElement>(() => prefetch?.(lang));
  return (
    <AppLink
      to={href}
      lang={lang}
      hrefLang={lang}
      onClick={() => {
        rememberEdition(lang);
      }}
      {...intent}
    >
      {EDITIONS[lang].autonym}
    </AppLink>
  );
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
              <OtherEdition lang={lang} href={hrefs[lang]} prefetch={prefetch} />
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
