import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from './hostile-articles.ts';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('findUnsafeMarkup', () => {
  it('lets the site’s own search form be, which sends to a page of the site', () => {
    expect(findUnsafeMarkup(page('<form role="search" action="/ru/search"></form>'))).toEqual([]);
  });

  it('finds a form that sends elsewhere, or nowhere named', () => {
    expect(findUnsafeMarkup(page('<form action="https://evil.example/"></form>'))).toEqual([
      '<form> element',
    ]);
    expect(findUnsafeMarkup(page('<form></form>'))).toEqual(['<form> element']);
    expect(findUnsafeMarkup(page('<form action="javascript:alert(1)"></form>'))).toEqual([
      '<form> element',
      'action="javascript:alert(1)"',
    ]);
  });
});
