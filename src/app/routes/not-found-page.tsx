import { AppLink } from '../../shared/lib/app-link.tsx';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { editionPath } from '../../shared/lib/paths.ts';

export function NotFoundPage() {
  const { lang, t } = useEdition();
  return (
    <div className="message-page">
      <title>{`${t.notFoundTitle} — ${t.siteName}`}</title>
      <h1 className="page-title" tabIndex={-1}>
        {t.notFoundTitle}
      </h1>
      <p>{t.notFoundText}</p>
      <p>
        <AppLink className="button" to={editionPath(lang)}>
          {t.toFrontPage}
        </AppLink>
      </p>
    </div>
  );
}
