import { Suspense, useId, type ReactNode } from 'react';
import { siteConfig } from '../../shared/config/site-config.ts';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import type { Lang } from '../../shared/i18n/languages.ts';
import { optionalLazy } from '../../shared/lib/optional-lazy.tsx';
import { useHydrated } from '../../shared/lib/use-stored-choice.ts';
import { shareLinks, storyUrl } from './share-links.ts';
import './share.css';

// Without its code, the plain links stay: they work without scripts.
const ShareActions = optionalLazy(
  () => import('./share-actions.tsx').then((module) => module.ShareActions),
  ({ links }: { url: string; title: string; links: ReactNode }) => links,
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
  return (
    <section className="share" aria-labelledby={headingId}>
      <h2 id={headingId} className="share__heading">
        {t.share.heading}
      </h2>
      {hydrated ? (
        <Suspense fallback={links}>
          <ShareActions url={url} title={story.title} links={links} />
        </Suspense>
      ) : (
        links
      )}
    </section>
  );
}
