import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseSearchParams, searchParamsString } from './search-params.ts';
import { queryVariants } from './search-query.ts';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe('parseSearchParams', () => {
  it('reads the query and the order of a search address', () => {
    expect(parse('q=Кемелова&sort=relevance')).toEqual({ q: 'Кемелова', sort: 'relevance' });
  });

  it('puts the newest first unless the address asks for relevance', () => {
    expect(parse('q=x').sort).toBe('newest');
    expect(parse('q=x&sort=oldest').sort).toBe('newest');
  });

  it('trims a query, joins its spaces and cuts one too long', () => {
    expect(parse('q=%20%20Бишкек%0A%20Ош%20').q).toBe('Бишкек Ош');
    expect(parse(`q=${'а'.repeat(500)}`).q).toHaveLength(MAX_QUERY_LENGTH);
    expect(parse('').q).toBe('');
  });
});

describe('searchParamsString', () => {
  it('writes back what parseSearchParams reads, leaving the default order out', () => {
    expect(searchParamsString({ q: 'ош бишкек', sort: 'newest' })).toBe(
      '?q=%D0%BE%D1%88+%D0%B1%D0%B8%D1%88%D0%BA%D0%B5%D0%BA',
    );
    const written = searchParamsString({ q: 'a&b=c', sort: 'relevance' });
    expect(parse(written.slice(1))).toEqual({ q: 'a&b=c', sort: 'relevance' });
  });
});

describe('queryVariants', () => {
  it('searches a Cyrillic query as typed, with "ё" as "е"', () => {
    expect(queryVariants('Королёв', 'ru')).toEqual(['Королев']);
  });

  it('searches a Latin query in Cyrillic first, then as typed', () => {
    const variants = queryVariants('kemelova', 'ru');
    expect(variants[0]).toBe('кемелова');
    expect(variants.at(-1)).toBe('kemelova');
  });

  it('searches nothing for an empty query', () => {
    expect(queryVariants('', 'ky')).toEqual([]);
  });
});
