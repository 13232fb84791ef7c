import type { Page } from '@playwright/test';
import { SEED_KY, SEED_RU } from './support/fixture-articles.ts';
import { expect, test } from './support/test.ts';

/**
 * The lines each occurrence of `phrase` in the story takes (1: kept whole on one line), found in
 * the text as rendered, whatever elements it is split into.
 */
function linesOf(page: Page, phrase: string): Promise<number[]> {
  return page.locator('article.article').evaluate((article, wanted) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) nodes.push(node);
    }
    const text = nodes.map((node) => node.data).join('');
    /**
     * The text node and offset of a position in the whole text. A phrase starts in the node that
     * holds its first character and ends in the one that holds its last: a range from the end of
     * the node before (another block, perhaps on another line) would measure that line too.
     */
    const at = (position: number, edge: 'start' | 'end'): [Text, number] => {
      let start = 0;
      for (const node of nodes) {
        const end = start + node.data.length;
        if (edge === 'start' ? position < end : position <= end) return [node, position - start];
        start = end;
      }
      throw new Error(`position ${position} is past the text`);
    };
    const lines: number[] = [];
    for (let from = text.indexOf(wanted); from >= 0; from = text.indexOf(wanted, from + 1)) {
      const range = document.createRange();
      range.setStart(...at(from, 'start'));
      range.setEnd(...at(from + wanted.length, 'end'));
      const tops = new Set(
        Array.from(range.getClientRects())
          .filter((rect) => rect.width > 0)
          .map((rect) => Math.round(rect.top)),
      );
      lines.push(tops.size);
    }
    return lines;
  }, phrase);
}

const STORIES = [
  { name: 'Russian', path: SEED_RU.path, groups: ['44-й', '12 июля', '2017 г.'] },
  {
    name: 'Kyrgyz',
    path: SEED_KY.path,
    groups: ['44-сессиясынын', '12-июлда', '2017-ж.', '12-июль'],
  },
] as const;

test.describe('typography of the seed story on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  for (const { name, path, groups } of STORIES) {
    test(`${name}: no line breaks inside a numeral with its ending or a number and its word`, async ({
      page,
    }) => {
      // Twenty-one widths, each group measured at each: slow on a busy machine.
      test.setTimeout(180_000);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // At 360 px and at the widths around it, so that each group meets a line's end somewhere.
      for (let width = 320; width <= 420; width += 5) {
        await page.setViewportSize({ width, height: 640 });
        for (const group of groups) {
          const lines = await linesOf(page, group);
          expect(lines.length, `"${group}" in the story`).toBeGreaterThan(0);
          expect(lines, `"${group}" at ${width} px`).toEqual(lines.map(() => 1));
        }
      }
    });
  }
});

test.describe('typography at the largest text size on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const { name, path } of STORIES) {
    test(`${name}: a group wider than the line breaks rather than runs off the screen`, async ({
      page,
    }) => {
      await page.addInitScript(() => {
        localStorage.setItem('reader.text-size', '150');
      });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-text-size', '150');
      const headline = page.getByRole('heading', { level: 1 });
      await expect(headline).toBeVisible();
      const overflow = await page.evaluate(() => {
        const wide = Array.from(document.querySelectorAll('main *')).filter(
          (element) => element.getBoundingClientRect().right > window.innerWidth + 0.5,
        );
        return wide.map((element) => `${element.tagName}: ${element.textContent.slice(0, 40)}`);
      });
      expect(overflow).toEqual([]);
    });
  }
});
