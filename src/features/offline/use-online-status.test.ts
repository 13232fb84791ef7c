import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { reportNetworkAnswered, reportNoNetwork } from '../../shared/api/connectivity.ts';
import { useOnlineStatus } from './use-online-status.ts';

describe('useOnlineStatus', () => {
  it('follows the browser’s online and offline events', () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    const { result, unmount } = renderHook(() => useOnlineStatus());
    expect(result.current).toBe(true);

    onLine.mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(result.current).toBe(false);

    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(result.current).toBe(true);

    const removed = vi.spyOn(window, 'removeEventListener');
    unmount();
    expect(removed.mock.calls.map(([type]) => type).sort()).toEqual(['offline', 'online']);
  });

  it('starts offline when the page loads without a network', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { result } = renderHook(() => useOnlineStatus());
    expect(result.current).toBe(false);
  });

  it('says offline when a request failed though the browser says online, until one succeeds', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    const { result } = renderHook(() => useOnlineStatus());
    act(() => {
      reportNoNetwork();
    });
    expect(result.current).toBe(false);
    act(() => {
      reportNetworkAnswered();
    });
    expect(result.current).toBe(true);
  });
});
