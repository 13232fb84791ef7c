// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots.ts';

describe('robotsTxt', () => {
  it('allows everything and names the sitemap by absolute URL', () => {
    expect(robotsTxt('https://news.example.kg')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.example.kg/sitemap.xml\n',
    );
  });

  it.each(['https://news.example.kg/', 'news.example.kg', 'https://news.example.kg\nDisallow: /'])(
    'refuses an origin that is not one: %j',
    (origin) => {
      expect(() => robotsTxt(origin)).toThrow(/site origin/);
    },
  );
});
