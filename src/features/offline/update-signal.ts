import { useSyncExternalStore } from 'react';

/**
 * A new version of the site, installed and waiting: what switches to it, once the service
 * worker's registration (loaded lazily, ./register-service-worker.ts) reports one.
 */
type ApplyUpdate = () => void;

let pending: ApplyUpdate | undefined;
const listeners = new Set<() => void>();

export function announceUpdate(apply: ApplyUpdate): void {
  pending = apply;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The waiting version's switch, or undefined while the running one is the newest. */
export function usePendingUpdate(): ApplyUpdate | undefined {
  return useSyncExternalStore(
    subscribe,
    () => pending,
    () => undefined,
  );
}
