import * as v from 'valibot';
import { describeIssues } from '../lib/schema-primitives.ts';
import { ApiError } from './api-error.ts';
import { OFFLINE_COPY_HEADER, reportNetworkAnswered, reportNoNetwork } from './connectivity.ts';

export const REQUEST_TIMEOUT_MS = 10_000;

interface FetchJsonOptions {
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
}

/**
 * GETs JSON and parses it with the resource's schema: the boundary past which the app trusts
 * its types. Every failure becomes an ApiError of a kind the UI can explain.
 */
export async function fetchJson<TSchema extends v.GenericSchema>(
  url: string,
  schema: TSchema,
  { signal, timeoutMs = REQUEST_TIMEOUT_MS }: FetchJsonOptions = {},
): Promise<v.InferOutput<TSchema>> {
  const timeout = AbortSignal.timeout(timeoutMs);
  // Where AbortSignal.any is missing (Safari before 17.4), the caller's signal alone: the request
  // then waits as long as the browser lets it, rather than the app's own time.
  const combined = !signal
    ? timeout
    : typeof AbortSignal.any === 'function'
      ? AbortSignal.any([signal, timeout])
      : signal;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (timeout.aborted) {
      reportNoNetwork();
      throw new ApiError('timeout', url, `no answer in ${timeoutMs} ms`);
    }
    // The caller gave up (the reader navigated away): not an error to show.
    if (signal?.aborted) throw error;
    reportNoNetwork();
    throw new ApiError('network', url, error instanceof Error ? error.message : String(error));
  }
  // The service worker's copy, served because the network failed, is evidence of being offline.
  if (response.headers.has(OFFLINE_COPY_HEADER)) reportNoNetwork();
  else reportNetworkAnswered();
  if (response.status === 404 || response.status === 410) {
    throw new ApiError('not-found', url, `HTTP ${response.status}`, response.status);
  }
  if (!response.ok) {
    throw new ApiError('server', url, `HTTP ${response.status}`, response.status);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (timeout.aborted) throw new ApiError('timeout', url, `no answer in ${timeoutMs} ms`);
    if (signal?.aborted) throw error;
    throw new ApiError('invalid', url, 'the response is not JSON', response.status);
  }
  const result = v.safeParse(schema, body);
  if (!result.success) {
    throw new ApiError('invalid', url, describeIssues(result.issues).join('; '), response.status);
  }
  return result.output;
}
