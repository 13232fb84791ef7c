// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVariants, type MakeResult } from './make-variants.ts';
import { plannedFiles } from './picture-plan.ts';
import { readPicture, type PictureOnDisk } from './read-picture.ts';
import { cameraPhoto, SECRETS } from './test-support/photos.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'pictures-'));
const site = path.join(dir, 'site');
const original = path.join(dir, 'camera.jpg');
let facts: PictureOnDisk;
let made: MakeResult;

beforeAll(async () => {
  // Stored 1800 x 1200, turned a quarter by its EXIF orientation: 1200 x 1800 upright.
  writeFileSync(original, await cameraPhoto(1800, 1200));
  const reading = await readPicture(original);
  if (reading.problem !== undefined) throw new Error(reading.problem);
  facts = reading.facts;
  made = await makeVariants({ source: original, siteDir: site, ...facts });
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a camera photo, made into its files', () => {
  it('is read upright, with a dominant colour', () => {
    expect(facts).toMatchObject({ width: 1200, height: 1800 });
    expect(facts.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('makes every file of the plan, each of its format and planned size', async () => {
    expect(made.problem).toBeUndefined();
    const planned = plannedFiles(facts);
    expect(made.files.map(([file]) => file)).toEqual(planned.map(({ file }) => file));
    for (const file of planned) {
      const metadata = await sharp(path.join(site, file.file)).metadata();
      const format = file.kind === 'variant' ? file.format : 'jpeg';
      expect(metadata.format === 'heif' ? 'avif' : metadata.format, file.file).toBe(format);
      expect([metadata.width, metadata.height], file.file).toEqual([file.width, file.height]);
    }
  });

  it('strips every file of EXIF (GPS too), XMP, IPTC, comments and the colour profile: sRGB', async () => {
    const before = await sharp(original).metadata();
    expect([before.exif, before.xmp, before.iptc, before.icc].every(Boolean)).toBe(true);
    for (const secret of Object.values(SECRETS)) {
      expect(readFileSync(original).includes(secret)).toBe(true);
    }
    for (const [file] of made.files) {
      const bytes = readFileSync(path.join(site, file));
      const metadata = await sharp(bytes).metadata();
      expect(metadata.exif, file).toBeUndefined();
      expect(metadata.xmp, file).toBeUndefined();
      expect(metadata.iptc, file).toBeUndefined();
      expect(metadata.icc, file).toBeUndefined();
      expect(metadata.comments ?? [], file).toEqual([]);
      expect(metadata.orientation, file).toBeUndefined();
      expect(metadata.space, file).toBe('srgb');
      for (const secret of [...Object.values(SECRETS), 'GPS', 'Exif', 'PhoneMaker', 'Photoshop']) {
        expect(bytes.includes(secret), `${file} holds "${secret}"`).toBe(false);
      }
    }
  });

  it('keeps the link preview within what WhatsApp shows (300 KB)', () => {
    const preview = made.files.find(([file]) => file.endsWith('-og.jpg'));
    expect(preview).toBeDefined();
    expect(readFileSync(path.join(site, preview?.[0] ?? '')).length).toBeLessThan(300 * 1024);
  });
});
