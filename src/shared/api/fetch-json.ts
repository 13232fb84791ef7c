import * as v from 'valibot';
import { describeIssues } from '../lib/schema-primitives.ts';
import { ApiError } from './api-error.ts';

export const REQUEST_TIMEOUT_MS = 10_000;

interface FetchJsonOptions {
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
}

/** Aborts when either does; by hand where AbortSignal.any is missing (Safari before 17.4). */
function eitherSignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const controller = new AbortController();
  for (const signal of [a, b]) {
    if (signal.aborted) controller.abort(signal.reason);
    else
      signal.addEventListener(
        'abort',
        () => {
          controller.abort(signal.reason);
        },
        { once: true },
      );
  }
  return controller.signal;
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
  const combined = signal ? eitherSignal(signal, timeout) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (timeout.aborted) throw new ApiError('timeout', url, `no answer in ${timeoutMs} ms`);
    // The caller gave up (the reader navigated away): not an error to show.
    if (signal?.aborted) throw error;
    throw new ApiError('network', url, error instanceof Error ? error.message : String(error));
  }
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
