import { useQuery } from '@tanstack/react-query';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { AppLink } from '../../shared/lib/app-link.tsx';
import { articlePath } from '../../shared/lib/paths.ts';
import { useStoredChoice } from '../../shared/lib/use-stored-choice.ts';
import { breakingQueries } from './breaking-queries.ts';
import { dismissedBreaking, isDismissed, withDismissed } from './dismissed-breaking.ts';
import './breaking.css';

/**
 * The edition's newest breaking story the reader has not dismissed, as a banner fixed to the
 * bottom of the screen: over the page, so nothing moves when it comes or goes. Dismissed, that
 * story's banner stays away (remembered in this browser); a newer one shows again.
 */
export function BreakingBanner() {
  const { lang, t } = useEdition();
  const { data } = useQuery(breakingQueries.edition(lang));
  const dismissed = useStoredChoice(dismissedBreaking);
  const story = data?.items.find((item) => !isDismissed(dismissed, item.id));
  if (!story) return null;
  return (
    <aside className="breaking" aria-label={t.breakingLabel}>
      <div className="breaking__inner">
        <p className="breaking__text">
          <span className="breaking__label">{t.breakingLabel}</span>{' '}
          <AppLink className="breaking__link" to={articlePath(lang, story)}>
            <span lang={story.lang === lang ? undefined : story.lang}>{story.title}</span>
          </AppLink>
        </p>
        <button
          type="button"
          className="breaking__dismiss"
          aria-label={t.breakingDismiss}
          onClick={() => {
            dismissedBreaking.write(withDismissed(dismissed, story.id));
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </aside>
  );
}
