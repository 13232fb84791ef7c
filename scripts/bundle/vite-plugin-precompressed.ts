import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipAsync } from '@gfx/zopfli';
import type { Plugin } from 'vite';
import { requestUrl } from '../lib/request-url.ts';

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

/**
 * Whether an Accept-Encoding header names gzip (and does not refuse it with q=0). Every browser
 * names it; a `*` alone is left to the compressing middleware.
 */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip') continue;
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

/** The file a URL path names inside the site, or undefined (malformed, or outside it). */
function fileInSite(siteDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = path.join(siteDir, decoded);
  return file.startsWith(siteDir + path.sep) ? file : undefined;
}

/**
 * Serves a script or stylesheet from its precompressed twin (`x.js.gz`) to a browser that takes
 * gzip, as nginx's `gzip_static` does (deploy/nginx.conf); `vite preview` would otherwise
 * compress it anew, less tightly, on every request.
 */
export function precompressedMiddleware(siteDir: string) {
  return (request: Request, response: Reply, next: () => void): void => {
    const pathname = requestUrl(request.url)?.pathname ?? '';
    const contentType = CONTENT_TYPES[path.extname(pathname)];
    const method = request.method ?? 'GET';
    const acceptEncoding = request.headers['accept-encoding'];
    if (
      !contentType ||
      (method !== 'GET' && method !== 'HEAD') ||
      !acceptsGzip(Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding)
    ) {
      next();
      return;
    }
    const file = fileInSite(siteDir, pathname);
    // Only files inside the site, and only those that have a twin.
    if (file === undefined || !existsSync(`${file}.gz`)) {
      next();
      return;
    }
    const body = readFileSync(`${file}.gz`);
    response.statusCode = 200;
    response.setHeader('Content-Type', contentType);
    response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Content-Length', body.length);
    response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('Cache-Control', 'no-cache');
    response.end(method === 'HEAD' ? undefined : body);
  };
}

/**
 * Writes a gzip twin of each of the client build's scripts and styles, and has `vite preview`
 * serve them. The server build is left alone: nobody downloads it.
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
        const compressed = await precompress(await readFile(file));
        if (compressed) await writeFile(`${file}.gz`, compressed);
      }
    },
    configurePreviewServer(server) {
      server.middlewares.use(
        precompressedMiddleware(path.resolve(server.config.root, server.config.build.outDir)),
      );
    },
  };
}
