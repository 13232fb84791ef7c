// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run build` as an editor meets it when something is not right: the problems, one line
 * each, all at once, no stack trace, and a failure for whatever runs the build.
 */

const run = promisify(execFile);
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'build-site-'));
  const articles = path.join(root, 'content', 'articles');
  await mkdir(articles, { recursive: true });
  const story = {
    id: '7001',
    lang: 'ru',
    slug: 'novost',
    title: 'Новость',
    publishedAt: '2017-07-12T00:00:00+06:00',
    body: [{ type: 'image', src: '/media/photo.jpg', alt: 'Фото', height: 720 }],
  };
  await writeFile(path.join(articles, '7001.json'), JSON.stringify(story));
  await writeFile(
    path.join(articles, '7002.json'),
    JSON.stringify({ ...story, id: '7002', slug: 'x', lang: 'en', body: [] }),
  );
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function build(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-site.ts'],
      {
        env: {
          ...process.env,
          NODE_ENV: 'production',
          CONTENT_DIRS: path.join(root, 'content'),
          OUT_DIR: path.join(root, 'dist'),
          ...env,
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error instanceof Error && 'code' in error ? error : undefined;
    return {
      code: Number(failed?.code),
      stdout: failed && 'stdout' in failed ? String(failed.stdout) : '',
      stderr: failed && 'stderr' in failed ? String(failed.stderr) : '',
    };
  }
}

describe('npm run build, given what is not right', () => {
  it(
    'lists every bad story at once, a line each, without a stack trace',
    { timeout: 120_000 },
    async () => {
      const { code, stderr } = await build({});
      expect(code).toBe(1);
      const lines = stderr.trim().split('\n');
      expect(lines).toEqual([
        'The site was not built: 3 problem(s) to fix.',
        expect.stringMatching(/7001\.json: body\.0\.width: must be given$/),
        expect.stringMatching(/7002\.json: body: an article needs at least one block$/),
        expect.stringMatching(/7002\.json: lang: must be "ru" or "ky"$/),
      ]);
      expect(stderr).not.toMatch(/^\s+at /m);
    },
  );

  it('lists every bad setting likewise', { timeout: 60_000 }, async () => {
    const { code, stderr } = await build({
      SITE_ORIGIN: 'news.example.kg',
      VITE_API_BASE: 'ftp://x',
    });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'The site was not built: 2 problem(s) to fix.',
      expect.stringMatching(/^site\.config\.json: origin: must be the site’s origin/),
      'VITE_API_BASE: must be a path such as /api/v1 or an http(s) URL, got "ftp://x"',
    ]);
  });
});
