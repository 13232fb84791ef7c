import { useSyncExternalStore } from 'react';
import type { StoredChoice } from './stored-choice.ts';

/**
 * The choice as a component sees it. The server, and the client while it hydrates, see the
 * fallback, so the prerendered HTML and the first client render agree; then the stored value.
 */
export function useStoredChoice<T extends string>(choice: StoredChoice<T>): T {
  return useSyncExternalStore(choice.subscribe, choice.read, () => choice.fallback);
}

const never = () => () => undefined;

/** False on the server and while hydrating, true once the app runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
