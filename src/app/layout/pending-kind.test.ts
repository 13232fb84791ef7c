import { describe, expect, it } from 'vitest';
import { pendingKind } from './pending-kind.ts';

describe('pendingKind', () => {
  it.each(['/ru/news/1001/slug', '/ky/news/1002'])('shows a story’s skeleton for %j', (path) => {
    expect(pendingKind(path)).toBe('article');
  });

  it.each(['/ru/', '/ky/page/2', '/ru/rubric/politics', '/ky/rubric/sport/page/3'])(
    'shows a feed’s skeleton for %j',
    (path) => {
      expect(pendingKind(path)).toBe('feed');
    },
  );

  it.each([undefined, '/', '/ru/foo', '/ru/rubric', '/ru/rubric/politics/extra', '/ru/rubricx/a'])(
    'shows none for %j',
    (path) => {
      expect(pendingKind(path)).toBeUndefined();
    },
  );
});
