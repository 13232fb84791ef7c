// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { requestUrl } from './request-url.ts';

describe('requestUrl', () => {
  it.each([
    ['/ru/news/1001/slug?x=1', '/ru/news/1001/slug', '?x=1'],
    ['//', '//', ''],
    ['//evil.example/x', '//evil.example/x', ''],
    ['/%', '/%', ''],
  ])('reads %s as a path on the site', (target, pathname, search) => {
    expect(requestUrl(target)?.pathname).toBe(pathname);
    expect(requestUrl(target)?.search).toBe(search);
    expect(requestUrl(target)?.host).toBe('preview.invalid');
  });

  it.each([undefined, '', '*', 'http://other.example/'])('has no URL for %s', (target) => {
    expect(requestUrl(target)).toBeUndefined();
  });
});
