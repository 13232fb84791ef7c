import { describe, expect, it } from 'vitest';
import { hasInAppPrevious } from './history.ts';

describe('hasInAppPrevious', () => {
  it('is true past the entry the reader arrived on', () => {
    expect(hasInAppPrevious({ idx: 1, key: 'abc', usr: null })).toBe(true);
    expect(hasInAppPrevious({ idx: 7 })).toBe(true);
  });

  it('is false on the entry the reader arrived on', () => {
    expect(hasInAppPrevious({ idx: 0 })).toBe(false);
  });

  it.each([null, undefined, 'idx', 3, {}, { idx: '2' }, { idx: -1 }, { idx: Number.NaN }])(
    'is false for the history state %j',
    (state) => {
      expect(hasInAppPrevious(state)).toBe(false);
    },
  );
});
