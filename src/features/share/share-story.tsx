import { useId } from 'react';
import { siteConfig } from '../../shared/config/site-config.ts';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import type { Lang } from '../../shared/i18n/languages.ts';
import { OnceRunning } from '../../shared/lib/once-running.tsx';
import { optionalLazy } from '../../shared/lib/optional-lazy.tsx';
import { useHydrated } from '../../shared/lib/use-stored-choice.ts';
import { shareLinks, storyUrl } from './share-links.ts';
import './share.css';

// Without its code there is no "copy link"; the links stay either way.
const CopyLink = optionalLazy(() =>
  import('./share-actions.tsx').then((module) => module.CopyLink),
);

interface ShareStoryProps {
  story: { lang: Lang; id: string; slug: string; title: string };
}

/**
 * "Поделиться новостью" under a story. The prerendered page has plain links to Telegram's and
 * WhatsApp's share pages, which work without scripts; once the app runs, the device's share
 * sheet takes their place where the browser has one, and "copy link" joins them.
 */
export function ShareStory({ story }: ShareStoryProps) {
  const { t } = useEdition();
  const headingId = useId();
  const hydrated = useHydrated();
  const url = storyUrl(siteConfig.origin, story);
  const links = (
    <ul className="share__links">
      {shareLinks(url, story.title).map(({ channel, href }) => (
        <li key={channel}>
          <a className="button" href={href} target="_blank" rel="noopener noreferrer">
            <span className="visually-hidden">{t.share.via(channel)}</span>
            <span aria-hidden="true">{channel}</span>
            <span className="visually-hidden"> ({t.opensInNewTab})</span>
          </a>
        </li>
      ))}
    </ul>
  );
  // Feature-detected once the app runs, not assumed from the device: desktops have sheets too.
  const canShare = hydrated && typeof navigator.share === 'function';
  const share = () => {
    // The reader closing the sheet rejects too; there is nothing to tell them either way.
    navigator.share({ title: story.title, url }).catch(() => undefined);
  };
  // "Copy link"'s box from the first paint, out of sight until its code arrives: what follows the
  // story ("Наверх", "Назад") no longer moves down when it does (68 px on a phone).
  const copyLinkBox = (
    <>
      <button type="button" className="button share__placeholder" disabled tabIndex={-1}>
        {t.share.copyLink}
      </button>
      <p className="share__status" />
    </>
  );
  // The links stay the same elements from the prerendered page on: a reader who has tabbed to
  // one keeps their place when the rest of the section arrives.
  return (
    <section className="share" aria-labelledby={headingId}>
      <h2 id={headingId} className="share__heading">
        {t.share.heading}
      </h2>
      <div className="share__actions">
        {canShare ? (
          <button type="button" className="button" onClick={share}>
            {t.share.native}
          </button>
        ) : (
          links
        )}
        <OnceRunning fallback={copyLinkBox}>
          <CopyLink url={url} />
        </OnceRunning>
      </div>
    </section>
  );
}
