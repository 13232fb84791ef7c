import { useSyncExternalStore } from 'react';
import { isOffline, subscribeConnectivity } from '../../shared/api/connectivity.ts';

/**
 * Whether the reader has a network: by the browser's word and by what the app's requests met
 * (src/shared/api/connectivity.ts). Prerendered HTML assumes it does (the server snapshot), so
 * hydration matches; the browser's own answer follows at once.
 */
export function useOnlineStatus(): boolean {
  return useSyncExternalStore(
    subscribeConnectivity,
    () => !isOffline(),
    () => true,
  );
}
