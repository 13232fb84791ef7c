import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { PrefetchingLink } from '../../../shared/lib/prefetching-link.tsx';
import { articleQueries } from '../api/article-queries.ts';
import { prefetch } from '../../../shared/api/prefetch.ts';

interface ArticleLinkProps {
  /** The story's id: its data is fetched into the cache as the reader is about to open it. */
  id: string;
  to: string;
  className?: string;
  children: ReactNode;
}

/**
 * A link to a story that fetches the story ahead (on hover, focus, or on a phone once it has
 * been on screen a moment), so that opening it waits for no network: the article loader finds
 * it in the cache.
 */
export function ArticleLink({ id, to, className, children }: ArticleLinkProps) {
  const queryClient = useQueryClient();
  return (
    <PrefetchingLink
      to={to}
      className={className}
      prefetch={() => {
        prefetch(queryClient, articleQueries.detail(id));
      }}
    >
      {children}
    </PrefetchingLink>
  );
}
