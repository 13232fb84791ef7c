import { describe, expect, it } from 'vitest';
import { parsePageParam } from './page-param.ts';

describe('parsePageParam', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['10', 10],
    ['999999', 999999],
  ])('reads %j as page %i', (value, page) => {
    expect(parsePageParam(value)).toBe(page);
  });

  it.each([undefined, 'abc', '0', '-1', '01', '1.5', '2x', ' 2', '', '1000000', '1e3'])(
    'refuses %j',
    (value) => {
      expect(parsePageParam(value)).toBeUndefined();
    },
  );
});
