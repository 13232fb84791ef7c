import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { AppLink, isPlainClick } from '../../shared/lib/app-link.tsx';
import { editionPath } from '../../shared/lib/paths.ts';
import { hasInAppPrevious } from './history.ts';

/**
 * "Назад": back to where the reader came from inside the app; a reader who arrived by a shared
 * link goes to the edition's front page instead, never off the site. Without scripts it is a
 * plain link to the front page.
 */
export function BackLink() {
  const { t, lang } = useEdition();
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (isPlainClick(event) && hasInAppPrevious(window.history.state)) {
      event.preventDefault();
      void navigate(-1);
    }
  };
  return (
    <AppLink className="back-link" to={editionPath(lang)} onClick={onClick}>
      <span aria-hidden="true">← </span>
      {t.back}
    </AppLink>
  );
}
