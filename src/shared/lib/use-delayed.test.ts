import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDelayedTrue } from './use-delayed.ts';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useDelayedTrue', () => {
  it('turns true only once the delay has passed', () => {
    const { result } = renderHook(({ value }) => useDelayedTrue(value, 200), {
      initialProps: { value: true },
    });
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersByTime(199);
    });
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe(true);
  });

  it('turns false at once, and waits the full delay again next time', () => {
    const { result, rerender } = renderHook(({ value }) => useDelayedTrue(value, 200), {
      initialProps: { value: true },
    });
    act(() => {
      vi.advanceTimersByTime(200);
    });
    rerender({ value: false });
    expect(result.current).toBe(false);
    rerender({ value: true });
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(result.current).toBe(true);
  });

  it('never turns true for something over before the delay', () => {
    const { result, rerender } = renderHook(({ value }) => useDelayedTrue(value, 200), {
      initialProps: { value: true },
    });
    act(() => {
      vi.advanceTimersByTime(150);
    });
    rerender({ value: false });
    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(result.current).toBe(false);
  });
});
