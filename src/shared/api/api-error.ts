/** Why a request failed; each kind has its own message for the reader. */
export type ApiErrorKind = 'network' | 'timeout' | 'not-found' | 'server' | 'invalid';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly url: string;
  readonly status: number | undefined;

  constructor(kind: ApiErrorKind, url: string, detail: string, status?: number) {
    super(`${kind} error for ${url}: ${detail}`);
    this.name = 'ApiError';
    this.kind = kind;
    this.url = url;
    this.status = status;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * Worth trying again: the network or a failing server (5xx) may recover; a 404, another 4xx
 * refusal or bad data will not.
 */
export function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.kind === 'server' && (error.status === undefined || error.status >= 500);
}
