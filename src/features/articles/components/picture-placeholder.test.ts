import { describe, expect, it } from 'vitest';
import { placeholderClass, placeholderCss } from './picture-placeholder.ts';
import css from './picture.css?raw';

describe('placeholderClass', () => {
  it('rounds a colour to the nearest of the palette, channel by channel', () => {
    expect(placeholderClass('#000000')).toBe('ph-000');
    expect(placeholderClass('#ffffff')).toBe('ph-333');
    expect(placeholderClass('#6a7f9c')).toBe('ph-112');
    expect(placeholderClass('#cc3366')).toBe('ph-301');
  });

  it('gives no class for a missing or malformed colour', () => {
    expect(placeholderClass(undefined)).toBeUndefined();
    expect(placeholderClass('red')).toBeUndefined();
    expect(placeholderClass('#12345')).toBeUndefined();
    expect(placeholderClass('#1234567')).toBeUndefined();
  });

  it('has a rule in picture.css for every class it gives, and picture.css is as generated', () => {
    expect(css).toBe(placeholderCss());
    for (const color of ['#000000', '#ffffff', '#6a7f9c', '#808080', '#00ff7f']) {
      expect(css).toContain(`.${placeholderClass(color) ?? 'none'} {`);
    }
    expect(css.match(/^\.ph-\d{3} \{$/gm)).toHaveLength(64);
  });
});
