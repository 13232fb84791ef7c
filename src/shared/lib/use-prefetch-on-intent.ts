import { useCallback, useEffect, useRef } from 'react';

/** How long a link must stay on screen before its page is fetched: a fling past does nothing. */
export const VIEWPORT_DWELL_MS = 400;

/** Phones and tablets: no hover to tell what the reader is about to open. */
function hasNoHover(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(hover: none), (pointer: coarse)').matches
  );
}

const whenSeen = new WeakMap<Element, () => void>();
const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();
let observer: IntersectionObserver | undefined;

/** One observer for every link: a link wholly on screen for the dwell time is fetched once. */
function viewportObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        clearTimeout(timers.get(target));
        if (!isIntersecting) continue;
        timers.set(
          target,
          setTimeout(() => {
            observer?.unobserve(target);
            whenSeen.get(target)?.();
          }, VIEWPORT_DWELL_MS),
        );
      }
    },
    { threshold: 1 },
  );
  return observer;
}

/**
 * Props for a link whose data is worth having before it is opened: `prefetch` runs when the
 * pointer rests on it or it gets focus, and, where there is no hover (phones), once it has stayed
 * on screen a moment. `prefetch` should be cheap to repeat (a query cache prefetch is).
 */
export function usePrefetchOnIntent<T extends Element>(prefetch: () => void) {
  const latest = useRef(prefetch);
  useEffect(() => {
    latest.current = prefetch;
  });
  const run = useCallback(() => {
    latest.current();
  }, []);
  const element = useRef<T | null>(null);

  useEffect(() => {
    const target = element.current;
    if (!target || typeof IntersectionObserver === 'undefined' || !hasNoHover()) return;
    whenSeen.set(target, run);
    const viewport = viewportObserver();
    viewport.observe(target);
    return () => {
      clearTimeout(timers.get(target));
      viewport.unobserve(target);
      whenSeen.delete(target);
    };
  }, [run]);

  return { ref: element, onPointerEnter: run, onFocus: run };
}
