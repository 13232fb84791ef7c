import { useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { offlineByRequestsOnly, subscribeConnectivity } from '../../shared/api/connectivity.ts';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { connectivityProbe } from './connectivity-probe.ts';
import { useOnlineStatus } from './use-online-status.ts';
import { usePendingUpdate } from './update-signal.ts';
import './offline.css';

/** Asks whether the network is back while only failed requests say it is gone. */
function ConnectivityProbe() {
  const { lang } = useEdition();
  useQuery(connectivityProbe(lang));
  return null;
}

/** Says so while the reader is offline, and what still opens. */
export function OfflineBanner() {
  const online = useOnlineStatus();
  const probing = useSyncExternalStore(subscribeConnectivity, offlineByRequestsOnly, () => false);
  const { t } = useEdition();
  // Only while there is something to say: the page's own status (loading) stays the only one.
  if (online) return null;
  return (
    <div className="offline-banner" role="status">
      <p className="offline-banner__text">{t.offlineNotice}</p>
      {probing ? <ConnectivityProbe /> : null}
    </div>
  );
}

/** Offers the new version of the site once it is installed, instead of running the old code on. */
export function UpdatePrompt() {
  const applyUpdate = usePendingUpdate();
  const { t } = useEdition();
  if (!applyUpdate) return null;
  return (
    <div className="update-prompt" role="status">
      <div className="update-prompt__inner">
        <p className="update-prompt__text">{t.updateAvailable}</p>
        <button type="button" className="update-prompt__button" onClick={applyUpdate}>
          {t.updateNow}
        </button>
      </div>
    </div>
  );
}

/**
 * The app's connection and version notices. Also points the manifest link at the edition being
 * read (`manifestHref`), which the language switch changes without loading a page.
 */
export function OfflineStatus({ manifestHref }: { manifestHref: string }) {
  useEffect(() => {
    document.querySelector('link[rel="manifest"]')?.setAttribute('href', manifestHref);
  }, [manifestHref]);
  return (
    <>
      <OfflineBanner />
      <UpdatePrompt />
    </>
  );
}
