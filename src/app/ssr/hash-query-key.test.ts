import { hashKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { hashQueryKey } from './hash-query-key.ts';

describe('hashQueryKey', () => {
  it.each([
    [['articles', 'detail', '100000']],
    [['feeds', 'ky', 'rubrics', 'sport', 2]],
    [['feeds', 'ru', 'related', 'ё"\\</script>']],
    [[]],
  ])('hashes %j exactly as TanStack Query does', (key) => {
    expect(hashQueryKey(key)).toBe(hashKey(key));
  });

  it('hashes keys holding objects as TanStack Query does, whatever their keys’ order', () => {
    const key = ['feeds', { page: 2, lang: 'ru' }];
    expect(hashQueryKey(key)).toBe(hashKey(key));
    expect(hashQueryKey(key)).toBe(hashQueryKey(['feeds', { lang: 'ru', page: 2 }]));
  });
});
