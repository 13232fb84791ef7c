import { isTransient } from './api-error.ts';

const MAX_RETRIES = 2;

/** Retry what may recover (network, timeout, 5xx), at most twice; a 404 or bad data never. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isTransient(error) && failureCount < MAX_RETRIES;
}

/** 1 s, 2 s, then capped: backing off so a struggling server is not hammered. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 8000);
}
