import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  acceptsEncoding,
  precompress,
  precompressBrotli,
  precompressedMiddleware,
} from './vite-plugin-precompressed.ts';

describe('precompress', () => {
  it('makes a gzip any decoder unpacks, smaller than zlib at its best level', async () => {
    const script = new TextEncoder().encode(
      Array.from({ length: 400 }, (_, i) => `export const value${i} = "${i % 7}";`).join('\n'),
    );
    const compressed = await precompress(script);
    if (!compressed) throw new Error('not compressed');
    expect(gunzipSync(compressed).equals(Buffer.from(script))).toBe(true);
    expect(compressed.length).toBeLessThan(gzipSync(script, { level: 9 }).length);
  });

  it('leaves alone a file that compressing would make larger', async () => {
    expect(await precompress(new TextEncoder().encode('export{a}'))).toBeUndefined();
  });
});

describe('precompressBrotli', () => {
  it('makes a Brotli stream that unpacks to the file, smaller than the gzip', async () => {
    const script = new TextEncoder().encode(
      Array.from({ length: 400 }, (_, i) => `export const value${i} = "${i % 7}";`).join('\n'),
    );
    const compressed = await precompressBrotli(script);
    const gzip = await precompress(script);
    if (!compressed || !gzip) throw new Error('not compressed');
    expect(brotliDecompressSync(compressed).equals(Buffer.from(script))).toBe(true);
    expect(compressed.length).toBeLessThan(gzip.length);
  });
});

describe('acceptsEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'gzip', true],
    ['gzip, deflate, br, zstd', 'br', true],
    ['br;q=1.0, GZIP;q=0.5', 'gzip', true],
    ['gzip;q=0', 'gzip', false],
    ['gzip; q=0.000', 'gzip', false],
    ['gzip, br;q=0', 'br', false],
    ['gzip, deflate', 'br', false],
    ['identity', 'gzip', false],
    ['*', 'gzip', false],
    [undefined, 'gzip', false],
  ])('%s, %s → %s', (header, coding, expected) => {
    expect(acceptsEncoding(header, coding)).toBe(expected);
  });
});

describe('precompressedMiddleware', () => {
  const siteDir = mkdtempSync(path.join(os.tmpdir(), 'precompressed-'));
  mkdirSync(path.join(siteDir, 'assets'));
  writeFileSync(path.join(siteDir, 'assets', 'app.js'), 'plain');
  writeFileSync(path.join(siteDir, 'assets', 'app.js.gz'), 'twin');
  writeFileSync(path.join(siteDir, 'assets', 'app.js.br'), 'brotli twin');
  writeFileSync(path.join(siteDir, 'assets', 'alone.css'), 'plain');
  writeFileSync(path.join(os.tmpdir(), 'outside.js.gz'), 'not the site');
  afterAll(() => {
    rmSync(siteDir, { recursive: true, force: true });
    rmSync(path.join(os.tmpdir(), 'outside.js.gz'), { force: true });
  });

  function serve(url: string, acceptEncoding = 'gzip, deflate, br', method = 'GET') {
    const headers = new Map<string, string | number>();
    const sent: { body?: Uint8Array } = {};
    const response = {
      statusCode: 0,
      setHeader: (name: string, value: string | number) => headers.set(name, value),
      end(body?: Uint8Array) {
        sent.body = body;
      },
    };
    const next = vi.fn();
    precompressedMiddleware(siteDir)(
      { url, method, headers: { 'accept-encoding': acceptEncoding } },
      response,
      next,
    );
    return { response, headers, next, body: sent.body };
  }

  it('answers a script with its Brotli twin to a browser that takes Brotli', () => {
    const { response, headers, next, body } = serve('/assets/app.js?v=1');
    expect(next).not.toHaveBeenCalled();
    expect(response.statusCode).toBe(200);
    expect(Buffer.from(body ?? []).toString()).toBe('brotli twin');
    expect(headers.get('Content-Encoding')).toBe('br');
    expect(headers.get('Content-Length')).toBe(11);
    expect(headers.get('Vary')).toBe('Accept-Encoding');
  });

  it('answers a script with its gzip twin to a browser that takes gzip alone', () => {
    const { response, headers, next, body } = serve('/assets/app.js?v=1', 'gzip, deflate');
    expect(next).not.toHaveBeenCalled();
    expect(response.statusCode).toBe(200);
    expect(Buffer.from(body ?? []).toString()).toBe('twin');
    expect(headers.get('Content-Encoding')).toBe('gzip');
    expect(headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(headers.get('Content-Length')).toBe(4);
    expect(headers.get('Vary')).toBe('Accept-Encoding');
  });

  it('sends headers but no body to a HEAD request', () => {
    const { response, headers, body } = serve('/assets/app.js', 'gzip', 'HEAD');
    expect(response.statusCode).toBe(200);
    expect(body).toBeUndefined();
    expect(headers.get('Content-Length')).toBe(4);
  });

  it.each([
    ['a client that takes no gzip', '/assets/app.js', 'identity'],
    ['a file without a twin', '/assets/alone.css', 'gzip'],
    ['a file of another kind', '/index.html', 'gzip'],
    ['an encoded path out of the site', '/assets/..%2f..%2foutside.js', 'gzip'],
    ['a malformed path', '/assets/%E0%A4%A.js', 'gzip'],
  ])('leaves %s to the next handler', (_, url, acceptEncoding) => {
    const { response, next } = serve(url, acceptEncoding);
    expect(next).toHaveBeenCalledOnce();
    expect(response.statusCode).toBe(0);
  });
});
