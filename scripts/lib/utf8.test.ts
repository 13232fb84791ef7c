import { transcode } from 'node:buffer';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8, readUtf8File } from './utf8.ts';

const TEXTS = [
  '',
  'ASCII only',
  'Бишкек: Жогорку Кеңеш, өкмөт, үй-бүлө',
  'эмодзи 😀 и 𝄞 вне основной плоскости',
  '\uFEFFс меткой порядка байтов',
];

describe('UTF-8 for the build', () => {
  it('has ICU take well-formed text: otherwise every call would fall back, slowly', () => {
    const text = TEXTS[2] ?? '';
    expect(() => transcode(Buffer.from(text, 'utf8'), 'utf8', 'ucs2')).not.toThrow();
    expect(() => transcode(Buffer.from(text, 'ucs2'), 'ucs2', 'utf8')).not.toThrow();
  });

  it.each(TEXTS)('encodes %j as Node does', (text) => {
    expect(encodeUtf8(text).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it.each(TEXTS)('decodes %j as Node does', (text) => {
    expect(decodeUtf8(Buffer.from(text, 'utf8'))).toBe(text);
  });

  it('decodes bytes that are not UTF-8 as Node does, with replacement characters', () => {
    for (const bytes of [
      [0xff, 0x41, 0xc3],
      [0xed, 0xa0, 0x80],
      [0xe0, 0x80, 0x80, 0x41],
    ]) {
      const buffer = Buffer.from(bytes);
      expect(decodeUtf8(buffer)).toBe(buffer.toString('utf8'));
    }
    expect(decodeUtf8(Buffer.from([0xff, 0x41]))).toBe('\uFFFDA');
  });

  it('encodes a lone surrogate as Node does', () => {
    for (const text of ['\uD800x', 'a\uDC00']) {
      expect(encodeUtf8(text).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'utf8-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a file as readFileSync does with utf8', () => {
    const file = path.join(dir, 'story.json');
    writeFileSync(file, JSON.stringify({ title: TEXTS[2] }));
    expect(readUtf8File(file)).toBe(JSON.stringify({ title: TEXTS[2] }));
  });
});
