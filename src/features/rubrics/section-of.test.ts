import { describe, expect, it } from 'vitest';
import { sectionOf } from './section-of.ts';

describe('sectionOf', () => {
  it.each(['/ru/', '/ky/page/2'])('puts %j in the front page', (path) => {
    expect(sectionOf(path)).toBe('front');
  });

  it.each([
    ['/ru/rubric/politics', 'politics'],
    ['/ky/rubric/sport/page/3', 'sport'],
  ])('puts %j in its rubric', (path, rubric) => {
    expect(sectionOf(path)).toBe(rubric);
  });

  it.each(['/ru/news/1001/slug', '/ru/rubric/politika', '/ru/rubric/politics/x', '/ru/foo', '/'])(
    'puts %j in no section',
    (path) => {
      expect(sectionOf(path)).toBeUndefined();
    },
  );
});
