/**
 * npm run icons — draws the app's home-screen icons (public/icons/) from the favicon's shape, in
 * the brand's blue, with the system Chromium: no image tool to install. Run it after changing
 * the brand; the PNGs are committed.
 */
import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, systemChromium } from '../chromium.ts';

const BRAND_BLUE = '#0b3d6e';
/** The favicon's letter, drawn on a 32-unit square (x 8–21, y 8–24). */
const GLYPH = 'M8 24V8h3l7 10V8h3v16h-3l-7-10v10z';

/**
 * The letter over a full-bleed square. `glyphShare` is the letter's height as a share of the
 * icon: a maskable icon keeps it inside the central circle (80 % of the width) that every mask
 * shape leaves visible.
 */
function iconSvg(size: number, glyphShare: number): string {
  const scale = (size * glyphShare) / 16;
  const x = size / 2 - 14.5 * scale;
  const y = size / 2 - 16 * scale;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">` +
    `<rect width="${size}" height="${size}" fill="${BRAND_BLUE}"/>` +
    `<path d="${GLYPH}" fill="#fff" transform="translate(${x} ${y}) scale(${scale})"/></svg>`
  );
}

const ICONS = [
  { file: 'public/icons/icon-192.png', size: 192, glyphShare: 0.36 },
  { file: 'public/icons/icon-512.png', size: 512, glyphShare: 0.36 },
  // The letter's half-diagonal is ~0.26 of the icon, well inside the 0.4 safe radius.
  { file: 'public/icons/icon-maskable-512.png', size: 512, glyphShare: 0.32 },
];

const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_FLAGS });
try {
  for (const { file, size, glyphShare } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0">${iconSvg(size, glyphShare)}</body>`);
    await writeFile(file, await page.screenshot({ type: 'png', omitBackground: false }));
    await page.close();
    console.log(`${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
