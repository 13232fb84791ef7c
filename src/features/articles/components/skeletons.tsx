import type { ReactNode } from 'react';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';

/**
 * Placeholders the size of what is coming, so nothing jumps when it arrives. They are hidden
 * from assistive technology, which hears a single "loading" instead.
 */
function Bar({ className }: { className: string }) {
  return <span className={`skeleton ${className}`} />;
}

function Placeholder({ className, children }: { className: string; children: ReactNode }) {
  const { t } = useEdition();
  return (
    <div className={className} aria-busy="true">
      <p className="visually-hidden" role="status">
        {t.loading}
      </p>
      <div aria-hidden="true">{children}</div>
    </div>
  );
}

export function ArticleSkeleton() {
  return (
    <Placeholder className="article article--skeleton">
      <Bar className="skeleton--title" />
      <Bar className="skeleton--title skeleton--short" />
      <Bar className="skeleton--meta" />
      {Array.from({ length: 4 }, (_, index) => (
        <Bar key={index} className="skeleton--paragraph" />
      ))}
    </Placeholder>
  );
}

export function FeedSkeleton() {
  return (
    <Placeholder className="feed feed--skeleton">
      <Bar className="skeleton--heading" />
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="feed__item">
          <Bar className="skeleton--feed-title" />
          <Bar className="skeleton--meta" />
          <Bar className="skeleton--lead" />
        </div>
      ))}
    </Placeholder>
  );
}
