import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import type { StoredChoice } from './stored-choice.ts';

/**
 * The choice as a component sees it. The server, and the client while it hydrates, see the
 * fallback, so the prerendered HTML and the first client render agree; then the stored value.
 */
export function useStoredChoice<T extends string>(choice: StoredChoice<T>): T {
  return useSyncExternalStore(choice.subscribe, choice.read, () => choice.fallback);
}

/**
 * Set once the first component that asked has mounted in the browser (never on the server): a
 * control that mounts later, on a story opened in the app, shows at once.
 */
let running = false;

/** For a page the client renders rather than hydrates: its extras show from the first render. */
export function markRunning(): void {
  running = true;
}

/**
 * False on the server and while hydrating, true once the app runs in the browser. The switch
 * after hydration is a transition, rendered in slices: a store would have it rendered at once,
 * every extra and its code's arrival in one long task (57 ms at Lighthouse's 4x slowdown;
 * decision 016). "While hydrating" means the page's first pass: a server-rendered Suspense
 * boundary hydrated later would find the flag set (there is none today).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(running);
  useEffect(() => {
    running = true;
    startTransition(() => {
      setHydrated(true);
    });
  }, []);
  return hydrated;
}
