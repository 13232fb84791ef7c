import { useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { FeedItem } from '../../../shared/contract/feed-schema.ts';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';

/**
 * A feed as the reader has it while newer stories arrive: what was on the page stays where it
 * is (edited in place, the oldest leaving at the bottom), and stories published since are held
 * back. A button floating over the top of the list says how many there are and shows them; a
 * polite live region tells screen-reader users, once for each new count.
 */
export function NewStories({
  items,
  children,
}: {
  items: readonly FeedItem[];
  children: (shown: readonly FeedItem[]) => ReactNode;
}) {
  const { t } = useEdition();
  const [known, setKnown] = useState(() => new Set(items.map((item) => item.id)));
  const list = useRef<HTMLDivElement>(null);
  const fresh = items.filter((item) => !known.has(item.id));
  const shown = fresh.length === 0 ? items : items.filter((item) => known.has(item.id));

  const show = () => {
    const first = fresh[0];
    flushSync(() => {
      setKnown(new Set(items.map((item) => item.id)));
    });
    // The reader goes on from the newest of them.
    const index = first === undefined ? -1 : items.indexOf(first);
    list.current?.querySelector<HTMLElement>(`.feed > li:nth-child(${index + 1}) a[href]`)?.focus();
  };

  return (
    <>
      <div className="live-notice">
        {fresh.length > 0 ? (
          <button type="button" className="live-notice__pill live-notice__button" onClick={show}>
            {t.newStoriesShow(fresh.length)}
          </button>
        ) : null}
      </div>
      <p className="visually-hidden" role="status">
        {fresh.length > 0 ? t.newStoriesAnnounced(fresh.length) : ''}
      </p>
      <div ref={list}>{children(shown)}</div>
    </>
  );
}
