// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { siteServerBlock } from './nginx.ts';

describe('siteServerBlock', () => {
  it('is deploy/nginx.conf with only its root, address and include paths changed', () => {
    const block = siteServerBlock('/tmp/site', 4211);
    expect(block).toContain('root /tmp/site;');
    expect(block).toContain('listen 127.0.0.1:4211;');
    expect(block).not.toContain('include /etc/nginx/news-reader/');
    expect(block).toMatch(/include \/\S+\/deploy\/security-headers\.conf;/);
    expect(block).toMatch(/include \/\S+\/deploy\/asset-headers\.conf;/);
    expect(block).toContain('gzip_static on;');
    expect(block).toContain('brotli_static on;');
  });
});
