import { useState, type ReactNode } from 'react';
import { useEdition } from '../../shared/i18n/edition-context.tsx';

interface ShareActionsProps {
  url: string;
  title: string;
  /** The messenger links, shown where the browser has no share sheet. */
  links: ReactNode;
}

/** The share sheet or the links, and "copy link" with its result announced politely. */
export function ShareActions({ url, title, links }: ShareActionsProps) {
  const { t } = useEdition();
  const [message, setMessage] = useState('');
  // Feature-detected, not assumed from the device: desktop browsers have share sheets too.
  const canShare = typeof navigator.share === 'function';

  const share = () => {
    // The reader closing the sheet rejects too; there is nothing to tell them either way.
    navigator.share({ title, url }).catch(() => undefined);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t.share.copied);
    } catch {
      // No clipboard API (an insecure page), or the browser refused.
      setMessage(t.share.copyFailed);
    }
  };

  return (
    <>
      <div className="share__actions">
        {canShare ? (
          <button type="button" className="button" onClick={share}>
            {t.share.native}
          </button>
        ) : (
          links
        )}
        <button type="button" className="button" onClick={() => void copy()}>
          {t.share.copyLink}
        </button>
      </div>
      <p className="share__status" role="status">
        {message}
      </p>
    </>
  );
}
