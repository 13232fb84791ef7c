import { describe, expect, it } from 'vitest';
import { apiOutputDir, parseApiBase } from './parse-api-base.ts';

describe('parseApiBase', () => {
  it('defaults to /api/v1 on the same origin', () => {
    expect(parseApiBase(undefined)).toBe('/api/v1');
    expect(parseApiBase('  ')).toBe('/api/v1');
  });

  it('accepts a path or an http(s) URL, without the trailing slash', () => {
    expect(parseApiBase('/content/api/')).toBe('/content/api');
    expect(parseApiBase('https://cdn.example.org/news/v1/')).toBe(
      'https://cdn.example.org/news/v1',
    );
  });

  it('rejects anything else with a clear message', () => {
    expect(() => parseApiBase('javascript:alert(1)')).toThrow(/VITE_API_BASE/);
    expect(() => parseApiBase('//evil.example')).toThrow(/VITE_API_BASE/);
    expect(() => parseApiBase('api')).toThrow(/VITE_API_BASE/);
  });
});

describe('apiOutputDir', () => {
  it('mirrors the base path inside the built site', () => {
    expect(apiOutputDir('/api/v1')).toBe('api/v1');
    expect(apiOutputDir('https://cdn.example.org/news/v1')).toBe('news/v1');
  });
});
