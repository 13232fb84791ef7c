import { describe, expect, it } from 'vitest';
import { parsePageParam } from './page-param.ts';

describe('parsePageParam', () => {
  it('reads no page as page 1 and "1" as the first page under another address', () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam('1')).toBe('first');
  });

  it.each([
    ['2', 2],
    ['10', 10],
    ['999999', 999999],
  ])('reads %j as page %i', (value, page) => {
    expect(parsePageParam(value)).toBe(page);
  });

  it.each(['abc', '0', '-1', '01', '1.5', '2x', ' 2', '', '1000000', '1e3'])(
    'refuses %j',
    (value) => {
      expect(parsePageParam(value)).toBeUndefined();
    },
  );
});
