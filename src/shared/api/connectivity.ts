/**
 * Whether the reader is offline, from two kinds of evidence: the browser's `navigator.onLine`
 * and what the app's own requests meet. The flag alone says "online" behind a captive portal
 * or a dead uplink, and some Chromium builds say so in a page loaded while offline; a request
 * that fails, or that the service worker answers from its cache because the network did not
 * (marked with OFFLINE_COPY_HEADER), says otherwise. The first request the network answers
 * clears it again.
 */

/** The header the service worker adds to a copy it serves because the network failed. */
export const OFFLINE_COPY_HEADER = 'X-Offline-Copy';

let failing = false;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function setFailing(value: boolean): void {
  if (failing === value) return;
  failing = value;
  notify();
}

/** A request found no network (it failed, or only the service worker's copy answered). */
export function reportNoNetwork(): void {
  setFailing(true);
}

/** The network answered a request (any status: a 404 is an answer too). */
export function reportNetworkAnswered(): void {
  setFailing(false);
}

/** Whether the browser itself says it is offline. */
export function browserSaysOffline(): boolean {
  return typeof navigator !== 'undefined' && !navigator.onLine;
}

/** Whether the reader is offline, by the browser's word or by a request that failed. */
export function isOffline(): boolean {
  return failing || browserSaysOffline();
}

/**
 * Whether only failed requests say so, while the browser believes it is online: nothing but
 * another request can tell when the network is back.
 */
export function offlineByRequestsOnly(): boolean {
  return failing && !browserSaysOffline();
}

function onBrowserOnline(): void {
  // A new connection: the next request confirms it or says otherwise.
  failing = false;
  notify();
}

/** Calls `onChange` whenever isOffline() may have changed; returns the unsubscribe. */
export function subscribeConnectivity(onChange: () => void): () => void {
  listeners.add(onChange);
  if (listeners.size === 1 && typeof window !== 'undefined') {
    window.addEventListener('online', onBrowserOnline);
    window.addEventListener('offline', notify);
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0 && typeof window !== 'undefined') {
      window.removeEventListener('online', onBrowserOnline);
      window.removeEventListener('offline', notify);
    }
  };
}
