import { isRouteErrorResponse } from 'react-router';
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../test/route-results.ts';
import { langFromPathname, notFound, requireLang, requireRubric } from './route-responses.ts';

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

describe('langFromPathname', () => {
  it.each([
    ['/ru/', 'ru'],
    ['/ky/news/1002/slug', 'ky'],
    ['/ru', 'ru'],
    ['/', undefined],
    ['/en/news/1', undefined],
    ['/russian/', undefined],
    ['ru/', undefined],
  ])('reads %j as %j', (pathname, lang) => {
    expect(langFromPathname(pathname)).toBe(lang);
  });
});
