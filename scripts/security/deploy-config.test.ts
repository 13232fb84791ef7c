// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy.ts';

const headers = readFileSync('deploy/security-headers.conf', 'utf8');
const server = readFileSync('deploy/nginx.conf', 'utf8');

function header(name: string): string | undefined {
  return new RegExp(`^add_header ${name} "([^"]*)" always;$`, 'm').exec(headers)?.[1];
}

describe('deploy/ for nginx', () => {
  it('sends the built pages’ policy as a header, with what only a header can say', () => {
    expect(header('Content-Security-Policy')).toBe(
      `${contentSecurityPolicy('/api/v1')}; frame-ancestors 'none'`,
    );
  });

  it('sends the other security headers', () => {
    expect(header('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/);
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(header('Permissions-Policy')).toContain('camera=()');
  });

  it('includes them in every location that sets headers of its own', () => {
    const locations = server.split(/\n\s*location /).slice(1);
    for (const location of locations) {
      if (location.includes('add_header')) {
        expect(location).toContain('include /etc/nginx/news-reader/security-headers.conf;');
      }
    }
    expect(locations.filter((location) => location.includes('add_header'))).toHaveLength(9);
  });

  it('caches the pictures for a year as immutable, their names being their bytes', () => {
    const media = server.split(/\n\s*location /).find((location) => location.startsWith('/media/'));
    expect(media).toContain(
      'add_header Cache-Control "public, max-age=31536000, immutable" always;',
    );
    expect(media).toContain('image/avif avif;');
  });
});
