import { describe, expect, it } from 'vitest';
import { safeLinkHref, safeMediaSrc } from './safe-url.ts';

describe('safeLinkHref', () => {
  it.each([
    'https://example.org/a?b=c',
    'http://example.org',
    'mailto:news@example.org',
    'tel:+996312000000',
    '/ru/news/1001',
  ])('keeps %s', (href) => {
    expect(safeLinkHref(href)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/png;base64,AAAA',
    'vbscript:msgbox(1)',
    ' VBScript:msgbox(1)',
    '//evil.example/path',
    '/\\evil.example/path',
    '/ru/\\evil',
    'relative/path',
    'ftp://example.org/file',
    '',
  ])('rejects %j', (href) => {
    expect(safeLinkHref(href)).toBeUndefined();
  });
});

describe('safeMediaSrc', () => {
  it('keeps web and same-origin images', () => {
    expect(safeMediaSrc('https://cdn.example.org/a.jpg')).toBe('https://cdn.example.org/a.jpg');
    expect(safeMediaSrc('/media/a.jpg')).toBe('/media/a.jpg');
  });

  it('rejects plain http, which the site’s policy and mixed-content rules block', () => {
    expect(safeMediaSrc('http://cdn.example.org/a.jpg')).toBeUndefined();
  });

  it('rejects another site dressed as a path', () => {
    expect(safeMediaSrc('/\\evil.example/a.jpg')).toBeUndefined();
  });

  it('rejects mail, data and script addresses', () => {
    expect(safeMediaSrc('mailto:a@example.org')).toBeUndefined();
    expect(safeMediaSrc('data:image/svg+xml,<svg onload=alert(1)>')).toBeUndefined();
    expect(safeMediaSrc('javascript:alert(1)')).toBeUndefined();
  });
});
