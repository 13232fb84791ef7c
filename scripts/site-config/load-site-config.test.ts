// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildProblems } from '../pipeline/build-problems.ts';
import { loadSettings, loadSiteConfig, resolveSiteConfig } from './load-site-config.ts';

const fileText = JSON.stringify({
  $comment: 'example handles',
  origin: 'https://news.example.kg',
  telegram: 'example_newsroom',
  whatsapp: '996000000000',
});

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error');
}

describe('loadSiteConfig', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('reads the shipped site.config.json', () => {
    expect(loadSiteConfig({}, 'site.config.json')).toEqual({
      origin: 'https://news.example.kg',
      telegram: 'example_newsroom',
      whatsapp: '996000000000',
      breakingHours: 3,
    });
  });

  it('reads a file of its own', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'reader-site-'));
    dirs.push(dir);
    const file = path.join(dir, 'site.config.json');
    await writeFile(
      file,
      JSON.stringify({
        origin: 'https://kabar.kg',
        telegram: 'kabar_kg',
        whatsapp: '996700123456',
      }),
    );
    expect(loadSiteConfig({}, file)).toEqual({
      origin: 'https://kabar.kg',
      telegram: 'kabar_kg',
      whatsapp: '996700123456',
      breakingHours: 3,
    });
  });
});

describe('resolveSiteConfig', () => {
  it('keeps only the known settings', () => {
    expect(resolveSiteConfig(fileText, {})).toEqual({
      origin: 'https://news.example.kg',
      telegram: 'example_newsroom',
      whatsapp: '996000000000',
      breakingHours: 3,
    });
  });

  it('takes breakingHours from the file, 1 to 48 whole hours, 3 if not given', () => {
    const withHours = (hours: unknown) =>
      JSON.stringify({ ...JSON.parse(fileText), breakingHours: hours });
    expect(resolveSiteConfig(withHours(6), {}).breakingHours).toBe(6);
    for (const hours of [0, 49, 2.5, '3']) {
      expect(errorOf(() => resolveSiteConfig(withHours(hours), {}))).toContain(
        'site.config.json: breakingHours:',
      );
    }
  });

  it('lets SITE_TELEGRAM_USERNAME override the file, without a leading @', () => {
    expect(resolveSiteConfig(fileText, { SITE_TELEGRAM_USERNAME: '@kabar_kg' }).telegram).toBe(
      'kabar_kg',
    );
    expect(resolveSiteConfig(fileText, { SITE_TELEGRAM_USERNAME: 'kabar_kg' }).telegram).toBe(
      'kabar_kg',
    );
  });

  it('lets SITE_WHATSAPP_NUMBER override the file, without a leading +', () => {
    expect(resolveSiteConfig(fileText, { SITE_WHATSAPP_NUMBER: '+996700123456' })).toEqual({
      origin: 'https://news.example.kg',
      telegram: 'example_newsroom',
      whatsapp: '996700123456',
      breakingHours: 3,
    });
  });

  it('ignores empty variables', () => {
    expect(
      resolveSiteConfig(fileText, { SITE_TELEGRAM_USERNAME: '', SITE_WHATSAPP_NUMBER: '' }),
    ).toEqual({
      origin: 'https://news.example.kg',
      telegram: 'example_newsroom',
      whatsapp: '996000000000',
      breakingHours: 3,
    });
  });

  it('needs no file settings when the variables give them all', () => {
    expect(
      resolveSiteConfig('{}', {
        SITE_ORIGIN: 'https://kabar.kg/',
        SITE_TELEGRAM_USERNAME: 'kabar_kg',
        SITE_WHATSAPP_NUMBER: '996700123456',
      }),
    ).toEqual({
      origin: 'https://kabar.kg',
      telegram: 'kabar_kg',
      whatsapp: '996700123456',
      breakingHours: 3,
    });
  });

  it.each(['ab', '1newsroom', 'news room', 'новости_кг', 'newsroom_', 'a'.repeat(33)])(
    'rejects the Telegram username %j, naming the field',
    (username) => {
      const message = errorOf(() =>
        resolveSiteConfig(fileText, { SITE_TELEGRAM_USERNAME: username }),
      );
      expect(message).toMatch(/^site\.config\.json: telegram: must be a Telegram/);
      expect(message).not.toContain('whatsapp');
    },
  );

  it.each(['0996700123456', '996-700-123456', '12345', '9967001234567890', '+'])(
    'rejects the WhatsApp number %j, naming the field',
    (number) => {
      const message = errorOf(() =>
        resolveSiteConfig(
          JSON.stringify({ origin: 'https://kabar.kg', telegram: 'kabar_kg', whatsapp: number }),
          {},
        ),
      );
      expect(message).toMatch(/^site\.config\.json: whatsapp: must be a phone/);
      expect(message).not.toContain('telegram:');
    },
  );

  it('rejects a bad number given by the environment', () => {
    expect(errorOf(() => resolveSiteConfig(fileText, { SITE_WHATSAPP_NUMBER: '++99' }))).toMatch(
      /site\.config\.json: whatsapp: must be a phone number/,
    );
  });

  it.each([
    'kabar.kg',
    'https://kabar.kg/news',
    'ftp://kabar.kg',
    'https://Kabar.kg',
    'javascript:alert(1)',
  ])('rejects the origin %j, naming the field', (origin) => {
    expect(errorOf(() => resolveSiteConfig(fileText, { SITE_ORIGIN: origin }))).toMatch(
      /^site\.config\.json: origin: must be the site’s origin/,
    );
  });

  it('names every field when all are missing', () => {
    const message = errorOf(() => resolveSiteConfig('{}', {}));
    expect(message).toMatch(/site\.config\.json: origin: /);
    expect(message).toMatch(/site\.config\.json: telegram: /);
    expect(message).toMatch(/site\.config\.json: whatsapp: /);
  });

  it('reports a file that is not JSON', () => {
    expect(errorOf(() => resolveSiteConfig('{ telegram: ', {}))).toMatch(
      /^site\.config\.json: not valid JSON \(/,
    );
  });

  it('treats a file that holds no object as holding no settings', () => {
    const message = errorOf(() => resolveSiteConfig('null', {}));
    expect(message).toMatch(/site\.config\.json: telegram: /);
    expect(
      resolveSiteConfig('"text"', {
        SITE_ORIGIN: 'https://kabar.kg',
        SITE_TELEGRAM_USERNAME: 'kabar_kg',
        SITE_WHATSAPP_NUMBER: '996700123456',
      }),
    ).toEqual({
      origin: 'https://kabar.kg',
      telegram: 'kabar_kg',
      whatsapp: '996700123456',
      breakingHours: 3,
    });
  });
});

describe('loadSettings', () => {
  it('gives the site’s settings and the API base', () => {
    expect(loadSettings({ VITE_API_BASE: 'https://cms.example.kg/api/' })).toMatchObject({
      apiBase: 'https://cms.example.kg/api',
      site: { origin: 'https://news.example.kg' },
    });
  });

  it('lists every bad setting at once, one line each', () => {
    let problems: readonly string[] = [];
    try {
      loadSettings({ SITE_ORIGIN: 'kabar.kg', VITE_API_BASE: 'ftp://x', SEARCH_PART_SIZE: '0' });
    } catch (error) {
      if (error instanceof BuildProblems) problems = error.problems;
    }
    expect(problems).toEqual([
      'SEARCH_PART_SIZE: must be a whole number of stories, 1 or more',
      expect.stringMatching(/^site\.config\.json: origin: must be the site’s origin/),
      'VITE_API_BASE: must be a path such as /api/v1 or an http(s) URL, got "ftp://x"',
    ]);
  });

  it('reads the search index’s part size, when one is set', () => {
    expect(loadSettings({}).searchPartSize).toBeUndefined();
    expect(loadSettings({ SEARCH_PART_SIZE: '500' }).searchPartSize).toBe(500);
  });
});
