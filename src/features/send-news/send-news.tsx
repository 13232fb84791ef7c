import { useId } from 'react';
import { siteConfig } from '../../shared/config/site-config.ts';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { sendNewsLinks } from './send-news-links.ts';

/** "Сообщи свою новость": the newsroom's call for tips, on every page. */
export function SendNews() {
  const { t } = useEdition();
  const headingId = useId();
  return (
    <section className="send-news" aria-labelledby={headingId}>
      <h2 id={headingId} className="send-news__heading">
        {t.sendNewsHeading}
      </h2>
      <ul className="send-news__links">
        {sendNewsLinks(siteConfig, t.sendNewsPrefill).map(({ channel, href }) => (
          <li key={channel}>
            <a
              className={`send-news__link send-news__link--${channel.toLowerCase()}`}
              href={href}
              target="_blank"
              rel="noopener noreferrer"
            >
              <span className="visually-hidden">{t.sendNewsVia(channel)}</span>
              <span aria-hidden="true">{channel}</span>
              <span className="visually-hidden"> ({t.opensInNewTab})</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
