import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';

// With its ref: prefetching on intent observes the anchor itself.
type AppLinkProps = Omit<ComponentPropsWithRef<'a'>, 'href'> & {
  /** An absolute path of this site: every link the reader follows inside it is one. */
  to: string;
};

/** Whether a click is the plain one the app handles: not a new tab, window or download. */
export function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  const target = event.currentTarget.getAttribute('target');
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    (!target || target === '_self') &&
    !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)
  );
}

/**
 * A link to a path of the app, navigated in the app. React Router's `Link` resolves its target
 * against the matched routes on every render, twice (its `href` and its click handler), which
 * is most of what a page's twenty-odd links cost to render: on a phone, and for each of the
 * build's ~110,000 prerendered pages. Every path here is absolute, so it needs none of that. As
 * with `Link`, a link to the page already shown replaces its history entry rather than adding
 * one.
 */
export function AppLink({ to, onClick, children, ...props }: AppLinkProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!isPlainClick(event)) return;
    event.preventDefault();
    const current = `${location.pathname}${location.search}${location.hash}`;
    void navigate(to, { replace: current === to });
  };
  return (
    <a {...props} href={to} onClick={handleClick}>
      {children}
    </a>
  );
}
