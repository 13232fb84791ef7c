import { readdir, readFile } from 'node:fs/promises';
import { get, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { SEED_RU } from './support/fixture-articles.ts';
import { expect, test } from './support/test.ts';

/** The built site the suite's server serves (see update.spec.ts). */
const SITE_DIR = 'dist-e2e';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request as sent, and its body as received: no client decompressing it on the way. */
function rawGet(url: string, acceptEncoding: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        });
      });
      response.on('error', reject);
    }).on('error', reject);
  });
}

/**
 * The story page's app script (started by the boot script), as its HTML names it, and the site's
 * stylesheets: the page's own styles are inline (decision 030), the extras' load once the app runs.
 */
async function storyAssets(baseURL: string): Promise<string[]> {
  const html = (await rawGet(new URL(SEED_RU.path, baseURL).href, 'identity')).body.toString();
  const scripts = [...html.matchAll(/<meta name="app-entry" content="(\/assets\/[^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  );
  expect(scripts, 'the app script').toHaveLength(1);
  const styles = (await readdir(path.join(SITE_DIR, 'assets')))
    .filter((file) => file.endsWith('.css'))
    .map((file) => `/assets/${file}`);
  expect(styles, 'a stylesheet').not.toHaveLength(0);
  return [...scripts, ...styles];
}

test.describe('scripts and styles on the wire', () => {
  test('arrive as the Brotli made at build time, which unpacks to the file', async ({
    baseURL,
  }) => {
    if (!baseURL) throw new Error('no baseURL');
    for (const asset of await storyAssets(baseURL)) {
      const response = await rawGet(new URL(asset, baseURL).href, 'gzip, deflate, br');
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding'], asset).toBe('br');
      expect(response.headers.vary, asset).toMatch(/Accept-Encoding/i);
      const twin = await readFile(path.join(SITE_DIR, `${asset}.br`));
      expect(response.body.equals(twin), `${asset} is its .br twin`).toBe(true);
      const plain = await readFile(path.join(SITE_DIR, asset));
      expect(brotliDecompressSync(response.body).equals(plain), `${asset} unpacks`).toBe(true);
    }
  });

  test('arrive as the gzip made at build time to a client without Brotli', async ({ baseURL }) => {
    if (!baseURL) throw new Error('no baseURL');
    for (const asset of await storyAssets(baseURL)) {
      const response = await rawGet(new URL(asset, baseURL).href, 'gzip, deflate');
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding'], asset).toBe('gzip');
      expect(response.headers.vary, asset).toMatch(/Accept-Encoding/i);
      const twin = await readFile(path.join(SITE_DIR, `${asset}.gz`));
      expect(response.body.equals(twin), `${asset} is its .gz twin`).toBe(true);
      const plain = await readFile(path.join(SITE_DIR, asset));
      expect(gunzipSync(response.body).equals(plain), `${asset} unpacks to itself`).toBe(true);
    }
  });

  test('arrive plain to a client that takes no gzip', async ({ baseURL }) => {
    if (!baseURL) throw new Error('no baseURL');
    for (const asset of await storyAssets(baseURL)) {
      const response = await rawGet(new URL(asset, baseURL).href, 'identity');
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding'], asset).toBeUndefined();
      expect(response.body.equals(await readFile(path.join(SITE_DIR, asset))), asset).toBe(true);
    }
  });
});
