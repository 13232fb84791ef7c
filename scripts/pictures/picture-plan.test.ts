// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cropSize,
  linkPreviewSize,
  plannedFiles,
  publishedPicture,
  variantWidths,
  WIDTHS,
} from './picture-plan.ts';

const facts = { stem: 'abc', width: 4000, height: 3000, color: '#6a7f9c' };

describe('variantWidths', () => {
  it('offers a large photo at every width of the plan', () => {
    expect(variantWidths(4000)).toEqual([...WIDTHS]);
    expect(variantWidths(1600)).toEqual([320, 640, 960, 1280, 1600]);
  });

  it('never makes a picture wider than it is: its own width is the largest', () => {
    expect(variantWidths(1000)).toEqual([320, 640, 960, 1000]);
    expect(variantWidths(640)).toEqual([320, 640]);
    expect(variantWidths(300)).toEqual([300]);
  });
});

describe('crops', () => {
  it('cuts the largest box of the ratio the picture allows, at most as wide as asked', () => {
    expect(cropSize({ width: 1600, height: 1200 }, [16, 9], 1200)).toEqual({
      width: 1200,
      height: 675,
    });
    expect(cropSize({ width: 1600, height: 1200 }, [1, 1], 1200)).toEqual({
      width: 1200,
      height: 1200,
    });
    expect(cropSize({ width: 1600, height: 400 }, [1, 1], 1200)).toEqual({
      width: 400,
      height: 400,
    });
  });

  it('makes the link preview 1200x630 of a photo large enough, never upscaled', () => {
    expect(linkPreviewSize({ width: 4000, height: 3000 })).toEqual({ width: 1200, height: 630 });
    expect(linkPreviewSize({ width: 800, height: 600 })).toEqual({ width: 800, height: 420 });
  });
});

describe('plannedFiles', () => {
  it('names every file by the stem: AVIF and WebP at each width, the preview and three crops', () => {
    const files = plannedFiles(facts).map(({ file }) => file);
    expect(files).toEqual([
      ...WIDTHS.map((width) => `media/abc-${width}.avif`),
      ...WIDTHS.map((width) => `media/abc-${width}.webp`),
      'media/abc-og.jpg',
      'media/abc-16x9.jpg',
      'media/abc-4x3.jpg',
      'media/abc-1x1.jpg',
    ]);
    expect(new Set(files).size).toBe(files.length);
  });

  it('gives each variant the height of the picture at its width', () => {
    const variant = plannedFiles(facts).find(({ file }) => file === 'media/abc-640.webp');
    expect(variant).toMatchObject({ width: 640, height: 480 });
  });
});

describe('publishedPicture', () => {
  it('tells the reader every address, the largest size, the colour and the crops', () => {
    const picture = publishedPicture(facts);
    expect(picture).toMatchObject({
      src: '/media/abc-960.webp',
      width: 1600,
      height: 1200,
      color: '#6a7f9c',
      preview: { src: '/media/abc-og.jpg', width: 1200, height: 630 },
      crops: {
        '16x9': '/media/abc-16x9.jpg',
        '4x3': '/media/abc-4x3.jpg',
        '1x1': '/media/abc-1x1.jpg',
      },
    });
    expect(picture.avif?.map(({ width }) => width)).toEqual([...WIDTHS]);
    expect(picture.sources?.[0]).toEqual({ src: '/media/abc-320.webp', width: 320 });
  });
});
