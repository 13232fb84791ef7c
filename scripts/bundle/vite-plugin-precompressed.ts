import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import type { Plugin } from 'vite';
import { fileInSite, requestUrl } from '../lib/request-url.ts';

/** The built files worth compressing ahead: the app's scripts and styles (decision 017). */
const COMPRESSIBLE = /\.(?:js|css)$/;

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Zopfli's gzip of `bytes` (a few percent smaller than zlib's best, and any gzip decoder reads
 * it), or undefined when compressing does not make the file smaller.
 */
export async function precompress(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  const compressed = await gzipAsync(bytes, { numiterations: 15 });
  return compressed.length < bytes.length ? compressed : undefined;
}

const brotli = promisify(brotliCompress);

/**
 * Brotli's best of `bytes` (decision 032: what browsers take over HTTPS, ~10% smaller than
 * Zopfli's gzip), or undefined when compressing does not make the file smaller.
 */
export async function precompressBrotli(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  const compressed = await brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  return compressed.length < bytes.length ? new Uint8Array(compressed) : undefined;
}

/** The encodings a twin is written in, in the order a server prefers them, with its suffix. */
const TWINS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

/**
 * Whether an Accept-Encoding header names `coding` (and does not refuse it with q=0). Every
 * browser names gzip, and br over HTTPS; a `*` alone is left to the compressing middleware.
 */
export function acceptsEncoding(acceptEncoding: string | undefined, coding: string): boolean {
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [named = '', ...params] = part.trim().toLowerCase().split(';');
    if (named.trim() !== coding) continue;
    const refused = params.some((param) => /^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(param));
    return !refused;
  }
  return false;
}

/** What the middleware needs of a response: Node's ServerResponse has it. */
interface Reply {
  statusCode: number;
  setHeader(name: string, value: string | number): unknown;
  end(body?: Uint8Array): unknown;
}

interface Request {
  url?: string;
  method?: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Serves a script or stylesheet from its precompressed twin (`x.js.br`, else `x.js.gz`) to a
 * browser that takes it, as nginx's `brotli_static` and `gzip_static` do (deploy/nginx.conf);
 * `vite preview` would otherwise compress it anew, less tightly, on every request.
 */
export function precompressedMiddleware(siteDir: string) {
  return (request: Request, response: Reply, next: () => void): void => {
    const pathname = requestUrl(request.url)?.pathname ?? '';
    const contentType = CONTENT_TYPES[path.extname(pathname)];
    const method = request.method ?? 'GET';
    const header = request.headers['accept-encoding'];
    const acceptEncoding = Array.isArray(header) ? header.join(',') : header;
    // Only files inside the site, and only those that have a twin the client takes.
    const file = fileInSite(siteDir, pathname);
    if (!contentType || file === undefined || (method !== 'GET' && method !== 'HEAD')) {
      next();
      return;
    }
    const twin = TWINS.find(
      ({ coding, suffix }) =>
        acceptsEncoding(acceptEncoding, coding) && existsSync(`${file}${suffix}`),
    );
    if (!twin) {
      next();
      return;
    }
    const body = readFileSync(`${file}${twin.suffix}`);
    response.statusCode = 200;
    response.setHeader('Content-Type', contentType);
    response.setHeader('Content-Encoding', twin.coding);
    response.setHeader('Content-Length', body.length);
    response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('Cache-Control', 'no-cache');
    response.end(method === 'HEAD' ? undefined : body);
  };
}

/**
 * Writes a Brotli and a gzip twin of each of the client build's scripts and styles, and has
 * `vite preview` serve them. The server build is left alone: nobody downloads it.
 */
export function precompressedAssets(): Plugin {
  let outDir = '';
  let ssr = false;
  return {
    name: 'news-reader:precompressed-assets',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      ssr = Boolean(config.build.ssr);
    },
    async writeBundle(_options, bundle) {
      if (ssr) return;
      // One at a time: the compressor is one WebAssembly instance.
      for (const output of Object.values(bundle)) {
        if (!COMPRESSIBLE.test(output.fileName)) continue;
        // As written, which is what is served.
        const file = path.join(outDir, output.fileName);
        const bytes = await readFile(file);
        const gzip = await precompress(bytes);
        if (gzip) await writeFile(`${file}.gz`, gzip);
        const br = await precompressBrotli(bytes);
        if (br) await writeFile(`${file}.br`, br);
      }
    },
    configurePreviewServer(server) {
      server.middlewares.use(
        precompressedMiddleware(path.resolve(server.config.root, server.config.build.outDir)),
      );
    },
  };
}
