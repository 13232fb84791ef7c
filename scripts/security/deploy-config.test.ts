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
    const policy = header('Content-Security-Policy') ?? '';
    // The inline styles' hash is the build's to check: it knows the styles it inlines.
    const styleHashes = /style-src 'self'((?: '[^']+')*);/.exec(policy)?.[1]?.trim().split(' ');
    expect(styleHashes).toHaveLength(1);
    expect(styleHashes?.[0]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(policy).toBe(`${contentSecurityPolicy('/api/v1', styleHashes)}; frame-ancestors 'none'`);
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
      if (location.includes('add_header') && !location.startsWith('/assets/ ')) {
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

  it('sends the hashed scripts and styles only the header that means anything on them', () => {
    const assets = server
      .split(/\n\s*location /)
      .find((location) => location.startsWith('/assets/ '));
    expect(assets).toContain('include /etc/nginx/news-reader/asset-headers.conf;');
    expect(assets).not.toContain('security-headers.conf');
    const assetHeaders = readFileSync('deploy/asset-headers.conf', 'utf8');
    expect(assetHeaders).toMatch(/^add_header X-Content-Type-Options "nosniff" always;$/m);
    expect(assetHeaders).not.toContain('Content-Security-Policy');
  });
});
