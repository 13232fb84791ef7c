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

/** Worth trying again: the network or the server may recover; a 404 or bad data will not. */
export function isTransient(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server')
  );
}
