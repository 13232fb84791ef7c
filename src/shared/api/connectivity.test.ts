import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  isOffline,
  offlineByRequestsOnly,
  reportNetworkAnswered,
  reportNoNetwork,
  subscribeConnectivity,
} from './connectivity.ts';

afterEach(() => {
  reportNetworkAnswered();
  vi.restoreAllMocks();
});

describe('connectivity', () => {
  it('is offline after a failed request though the browser says online, until one succeeds', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    const onChange = vi.fn();
    const stop = subscribeConnectivity(onChange);
    expect(isOffline()).toBe(false);

    reportNoNetwork();
    expect(isOffline()).toBe(true);
    expect(offlineByRequestsOnly()).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(1);
    // The same evidence again changes nothing.
    reportNoNetwork();
    expect(onChange).toHaveBeenCalledTimes(1);

    reportNetworkAnswered();
    expect(isOffline()).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
  });

  it('follows the browser’s flag, and takes its "online" event as a fresh start', () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const onChange = vi.fn();
    const stop = subscribeConnectivity(onChange);
    expect(isOffline()).toBe(true);
    expect(offlineByRequestsOnly()).toBe(false);

    reportNoNetwork();
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(isOffline()).toBe(false);
    expect(onChange).toHaveBeenCalled();
    stop();
  });
});
