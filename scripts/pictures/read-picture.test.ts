// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../content/load-content.ts';
import { publishPictures } from './publish-pictures.ts';
import { MAX_PIXELS, readPicture } from './read-picture.ts';
import { drawPhoto } from './test-support/photos.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'read-picture-'));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, bytes: Buffer | string): string {
  const target = path.join(dir, name);
  writeFileSync(target, bytes);
  return target;
}

/** A PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG whose header says `width` x `height`: a decompression bomb's first bytes. */
function pngClaiming(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('readPicture refuses, with a reason an editor can act on', () => {
  it('a missing file', async () => {
    expect(await readPicture(path.join(dir, 'nothing.jpg'))).toEqual({
      problem: 'there is no such file',
    });
  });

  it('a file over 40 MB, before reading it', async () => {
    const big = file('big.jpg', '');
    truncateSync(big, 41 * 1024 * 1024);
    expect((await readPicture(big)).problem).toMatch(/41\.0 MB, over the 40 MB/);
  });

  it('a picture over 100 megapixels, from its header, without decoding it', async () => {
    const started = performance.now();
    const reading = await readPicture(file('bomb.png', pngClaiming(20_000, 20_000)));
    expect(reading.problem).toMatch(/20000 x 20000 pixels \(400 megapixels\), over the 100/);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(MAX_PIXELS).toBe(100_000_000);
  });

  it('a damaged picture: a JPEG cut short', async () => {
    const jpeg = await (await drawPhoto(800, 600)).jpeg().toBuffer();
    const reading = await readPicture(file('cut.jpg', jpeg.subarray(0, jpeg.length / 2)));
    expect(reading.problem).toMatch(/^the picture is damaged and cannot be read/);
  });

  it('a format the build does not take, or no picture at all', async () => {
    const gif = await sharp({
      create: { width: 8, height: 8, channels: 3, background: '#336699' },
    })
      .gif()
      .toBuffer();
    expect((await readPicture(file('anim.jpg', gif))).problem).toBe(
      'a GIF picture: the build takes JPEG, PNG, WebP or AVIF',
    );
    expect((await readPicture(file('notes.jpg', 'not a picture'))).problem).toBe(
      'not a picture in a format the build reads (JPEG, PNG, WebP or AVIF)',
    );
  });

  it('and reads a good one: its size, colour and a stem from its bytes', async () => {
    const png = await (await drawPhoto(640, 480)).png().toBuffer();
    const reading = await readPicture(file('good.png', png));
    if (reading.problem !== undefined) throw new Error(reading.problem);
    expect(reading.facts).toMatchObject({ width: 640, height: 480 });
    expect(reading.facts.stem).toMatch(/^[0-9a-f]{20}$/);
  });
});

describe('a story with a bad picture', () => {
  const story = (image: object) =>
    JSON.stringify({
      id: '7001',
      lang: 'ru',
      slug: 'foto',
      title: 'Фото',
      publishedAt: '2026-03-01T09:00:00+06:00',
      body: [{ type: 'paragraph', runs: [{ text: 'Текст.' }] }],
      image,
    });

  it('names the story, the field, the file and the reason', async () => {
    mkdirSync(path.join(dir, 'content', 'media'), { recursive: true });
    const parsed = parseArticleFile(
      'content/articles/7001.json',
      story({ src: 'media/missing.jpg', alt: 'Площадь' }),
    );
    if (!parsed.article) throw new Error(parsed.problems.join('\n'));
    const { problems } = await publishPictures(parsed.article, {
      root: path.join(dir, 'content'),
      file: 'content/articles/7001.json',
    });
    expect(problems).toEqual([
      `content/articles/7001.json: image.src: ${path.join(dir, 'content', 'media', 'missing.jpg')}: there is no such file`,
    ]);
  });

  it('without alt (unless decorative), or with a size typed by hand', () => {
    expect(
      parseArticleFile('a/7001.json', story({ src: 'media/a.jpg', alt: ' ' })).problems,
    ).toEqual([
      'a/7001.json: image.alt: must say what the picture shows (empty only with "decorative": true)',
    ]);
    expect(parseArticleFile('a/7001.json', story({ src: 'media/a.jpg' })).problems).toEqual([
      'a/7001.json: image.alt: must be given',
    ]);
    expect(
      parseArticleFile('a/7001.json', story({ src: 'media/a.jpg', alt: '', decorative: true }))
        .problems,
    ).toEqual([]);
    expect(
      parseArticleFile('a/7001.json', story({ src: 'media/a.jpg', alt: 'Фото', width: 10 }))
        .problems,
    ).toEqual(['a/7001.json: image.width: is read from the picture file: leave it out']);
  });
});
