import { isRouteErrorResponse } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createTestQueryClient } from '../../test/render.tsx';
import { statusOf, thrownBy } from '../../test/route-results.ts';
import { ApiError } from '../api/api-error.ts';
import { loadOrNotFound, notFound, requireLang, requireRubric } from './route-responses.ts';

describe('notFound', () => {
  it('is a 404 for the route error boundary', () => {
    expect(statusOf(notFound())).toBe(404);
    // React Router turns it into an error response only when thrown from a loader.
    expect(isRouteErrorResponse(notFound())).toBe(false);
  });
});

describe('requireLang', () => {
  it('passes an edition through', () => {
    expect(requireLang('ru')).toBe('ru');
    expect(requireLang('ky')).toBe('ky');
  });

  it.each([undefined, '', 'en', 'KY', 'ru-RU'])('throws a 404 for %j', (value) => {
    let thrown: unknown;
    try {
      requireLang(value);
    } catch (error) {
      thrown = error;
    }
    expect(statusOf(thrown)).toBe(404);
  });
});

describe('requireRubric', () => {
  it('passes a rubric through', () => {
    expect(requireRubric('politics')).toBe('politics');
    expect(requireRubric('sport')).toBe('sport');
  });

  it.each([undefined, '', 'politika', 'Sport', 'sports', 'latest'])(
    'throws a 404 for %j',
    (value) => {
      let thrown: unknown;
      try {
        requireRubric(value);
      } catch (error) {
        thrown = error;
      }
      expect(statusOf(thrown)).toBe(404);
    },
  );
});

describe('loadOrNotFound', () => {
  const KEY = ['articles', 'detail', '1001'];
  const failing = (error: Error) => () => Promise.reject(error);

  it('gives the cached data without asking the API', async () => {
    const client = createTestQueryClient();
    client.setQueryData(KEY, 'сохранённая новость');
    const queryFn = vi.fn(() => Promise.resolve('новая новость'));
    await expect(loadOrNotFound(client, { queryKey: KEY, queryFn })).resolves.toBe(
      'сохранённая новость',
    );
    expect(queryFn).not.toHaveBeenCalled();
  });

  it('loads what the cache does not hold, and keeps it', async () => {
    const client = createTestQueryClient();
    const queryFn = () => Promise.resolve('новость');
    await expect(loadOrNotFound(client, { queryKey: KEY, queryFn })).resolves.toBe('новость');
    expect(client.getQueryData(KEY)).toBe('новость');
  });

  it('turns a resource the API does not have into a 404 page', async () => {
    const client = createTestQueryClient();
    const queryFn = failing(
      new ApiError('not-found', '/api/v1/articles/1001.json', 'HTTP 404', 404),
    );
    const thrown = await thrownBy(() => loadOrNotFound(client, { queryKey: KEY, queryFn }));
    expect(statusOf(thrown)).toBe(404);
  });

  it('lets other failures through for the error boundary', async () => {
    const client = createTestQueryClient();
    const invalid = new ApiError('invalid', '/api/v1/articles/1001.json', 'bad data', 200);
    expect(
      await thrownBy(() => loadOrNotFound(client, { queryKey: KEY, queryFn: failing(invalid) })),
    ).toBe(invalid);
    const other = new Error('a bug');
    expect(
      await thrownBy(() =>
        loadOrNotFound(client, { queryKey: ['other'], queryFn: failing(other) }),
      ),
    ).toBe(other);
  });
});
