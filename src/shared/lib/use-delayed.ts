import { useEffect, useState } from 'react';

/**
 * `value`, but turning true only after `delayMs`: no skeleton flashes for a cached page, no
 * "searching" notice for a search that answers at once.
 */
export function useDelayedTrue(value: boolean, delayMs: number): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => {
    if (!value) return undefined;
    const timer = window.setTimeout(() => {
      setElapsed(true);
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      setElapsed(false);
    };
  }, [value, delayMs]);
  return value && elapsed;
}
