/**
 * The built site served by nginx with deploy/nginx.conf, as it is deployed, for measurements that
 * must see what a reader's browser gets: compression, headers, caching. The server block is used
 * as it is, with only its root, its address and the path of its headers' include changed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RunningNginx {
  origin: string;
  stop: () => void;
}

/** deploy/nginx.conf for `siteDir` at 127.0.0.1:`port`, its include read from deploy/. */
export function siteServerBlock(siteDir: string, port: number, deployDir = 'deploy'): string {
  const block = readFileSync(path.join(deployDir, 'nginx.conf'), 'utf8');
  const edits: [RegExp, string][] = [
    [/root \/srv\/news-reader\/dist;/, `root ${path.resolve(siteDir)};`],
    [/listen 80;/, `listen 127.0.0.1:${port};`],
    [/include \/etc\/nginx\/news-reader\//g, `include ${path.resolve(deployDir)}/`],
  ];
  return edits.reduce((text, [pattern, replacement]) => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf has no ${String(pattern)}`);
    return text.replace(pattern, replacement);
  }, block);
}

/** A port of 127.0.0.1 that nothing listens on (the system's choice). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        if (port) resolve(port);
        else reject(new Error('no free port'));
      });
    });
  });
}

/**
 * Starts nginx in the foreground of a child process, at `port` or else a free one; throws if it
 * is not installed.
 */
export async function startNginx(siteDir: string, port?: number): Promise<RunningNginx> {
  port ??= await freePort();
  const work = mkdtempSync(path.join(os.tmpdir(), 'news-nginx-'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${path.join(work, name)};`)
    .join('\n');
  writeFileSync(path.join(work, 'site.conf'), siteServerBlock(siteDir, port));
  writeFileSync(
    path.join(work, 'nginx.conf'),
    [
      // Debian's dynamic modules, as its own nginx.conf loads them: Brotli's (decision 032).
      'include /etc/nginx/modules-enabled/*.conf;',
      'worker_processes 1;',
      'daemon off;',
      `pid ${path.join(work, 'nginx.pid')};`,
      `error_log ${path.join(work, 'error.log')};`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      temp,
      `  include ${path.join(work, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-e', path.join(work, 'error.log'), '-c', path.join(work, 'nginx.conf')];
  const check = spawnSync('nginx', ['-t', ...args], { encoding: 'utf8' });
  if (check.error) throw new Error('nginx is not installed (on Debian: apt-get install nginx)');
  if (check.status !== 0) {
    const hint = check.stderr.includes('brotli_static')
      ? '\n(on Debian: apt-get install libnginx-mod-http-brotli-static)'
      : '';
    throw new Error(`nginx refused the configuration:\n${check.stderr}${hint}`);
  }
  const server = spawn('nginx', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGQUIT');
    rmSync(work, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`${origin}/robots.txt`);
      return { origin, stop };
    } catch (error) {
      if (server.exitCode !== null || Date.now() > deadline) {
        stop();
        throw new Error(`nginx did not answer at ${origin}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * What fetching `url` costs on the wire as a browser asks for it (its Accept-Encoding): the
 * response's status line, headers and body, as received, in bytes.
 */
export async function wireBytes(url: string): Promise<{ bytes: number; status: number }> {
  const { connect } = await import('node:net');
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('connect', () => {
      socket.write(
        `GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
          'Accept: */*\r\nAccept-Encoding: gzip, deflate, br, zstd\r\nConnection: close\r\n\r\n',
      );
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const response = Buffer.concat(chunks);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(response.toString('latin1', 0, 20))?.[1]);
      resolve({ bytes: response.length, status });
    });
  });
}
