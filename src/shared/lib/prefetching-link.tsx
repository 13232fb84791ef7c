import type { ComponentProps } from 'react';
import { AppLink } from './app-link.tsx';
import { usePrefetchOnIntent } from './use-prefetch-on-intent.ts';

type PrefetchingLinkProps = Omit<
  ComponentProps<typeof AppLink>,
  'ref' | 'onPointerEnter' | 'onFocus'
> & {
  /** Fetches what the link opens, as the reader is about to follow it (see usePrefetchOnIntent). */
  prefetch: () => void;
};

/** A link of the app whose page's data is fetched ahead: stories, feed pages, a translation. */
export function PrefetchingLink({ prefetch, ...props }: PrefetchingLinkProps) {
  const intent = usePrefetchOnIntent<HTMLAnchorElement>(prefetch);
  return <AppLink {...props} {...intent} />;
}
