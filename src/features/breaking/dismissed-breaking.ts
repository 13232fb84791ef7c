import * as v from 'valibot';
import { storedChoice } from '../../shared/lib/stored-choice.ts';

/** How many dismissed stories are remembered: a banner shows for hours, not weeks. */
const REMEMBERED = 20;

/**
 * The breaking stories the reader has dismissed, remembered by id (space-separated in
 * localStorage; anything else stored there reads as none).
 */
export const dismissedBreaking = storedChoice<string>({
  key: 'dismissed-breaking',
  schema: v.pipe(v.string(), v.regex(/^[a-z0-9 -]*$/)),
  fallback: '',
});

export function isDismissed(stored: string, id: string): boolean {
  return stored.split(' ').includes(id);
}

/** The stored list with `id` added, the oldest forgotten past REMEMBERED. */
export function withDismissed(stored: string, id: string): string {
  const ids = stored.split(' ').filter((known) => known !== '' && known !== id);
  return [...ids, id].slice(-REMEMBERED).join(' ');
}
