import { describe, expect, it } from 'vitest';
import { ApiError, isApiError, isTransient, type ApiErrorKind } from './api-error.ts';

describe('ApiError', () => {
  it('carries its kind, address and status, and says them in its message', () => {
    const error = new ApiError('server', '/api/v1/ru/latest/1.json', 'HTTP 503', 503);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect([error.kind, error.url, error.status]).toEqual([
      'server',
      '/api/v1/ru/latest/1.json',
      503,
    ]);
    expect(error.message).toBe('server error for /api/v1/ru/latest/1.json: HTTP 503');
  });

  it('is told apart from other errors', () => {
    expect(isApiError(new ApiError('network', '/x', 'offline'))).toBe(true);
    expect(isApiError(new Error('network'))).toBe(false);
    expect(isApiError({ kind: 'network' })).toBe(false);
  });
});

describe('isTransient', () => {
  it.each<[ApiErrorKind, boolean]>([
    ['network', true],
    ['timeout', true],
    ['server', true],
    ['not-found', false],
    ['invalid', false],
  ])('%s → %s', (kind, transient) => {
    expect(isTransient(new ApiError(kind, '/x', 'test'))).toBe(transient);
  });

  it('is false for anything but an ApiError', () => {
    expect(isTransient(new TypeError('Failed to fetch'))).toBe(false);
  });
});
