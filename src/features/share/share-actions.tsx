import { useState } from 'react';
import { useEdition } from '../../shared/i18n/edition-context.tsx';

/** "Copy link", with its result announced politely. */
export function CopyLink({ url }: { url: string }) {
  const { t } = useEdition();
  const [message, setMessage] = useState('');
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
      <button type="button" className="button" onClick={() => void copy()}>
        {t.share.copyLink}
      </button>
      <p className="share__status" role="status">
        {message}
      </p>
    </>
  );
}
