import type { Page } from '@playwright/test';
import { LONG_ARTICLE, fixturePath } from './support/fixture-articles.ts';
import { expectStory, htmlLang, scrollY } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

/**
 * A reader with a keyboard only: skip link, a story, the language switch, "Назад", "Наверх" and
 * the send-your-news links, all by Tab and Enter. Every element Tab reaches shows its focus and
 * is in full view: inside the screen and not under the floating "to top" button or anything
 * else (what is drawn at its centre is the element itself).
 */

interface Focused {
  /** The focused element's text, or its accessible label. */
  name: string;
  tag: string;
  rect: string;
  /** A focus indicator: a non-zero outline or a box shadow. */
  indicated: boolean;
  inViewport: boolean;
  /** What is drawn at the element's centre, when it is something else. */
  coveredBy: string | null;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) {
      return {
        rect: '',
        name: '',
        tag: 'body',
        indicated: false,
        inViewport: false,
        coveredBy: null,
      };
    }
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const rect = element.getBoundingClientRect();
    // Each line of a link that wraps, tested at its centre.
    const lines = element.getClientRects();
    const boxes = lines.length > 0 ? Array.from(lines) : [rect];
    const hit = boxes
      .map((box) => document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2))
      .find((found) => found === null || (found !== element && !element.contains(found)));
    // Anything pinned to the screen (the floating button, a sticky bar) that overlaps it.
    const pinned = Array.from(document.querySelectorAll('body *')).find((other) => {
      const { position } = getComputedStyle(other);
      if (position !== 'fixed' && position !== 'sticky') return false;
      if (other.contains(element) || element.contains(other)) return false;
      const box = other.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.height > 0 &&
        box.left < rect.right &&
        box.right > rect.left &&
        box.top < rect.bottom &&
        box.bottom > rect.top
      );
    });
    const cover = hit ?? pinned;
    const covered = cover !== undefined;
    // The focus ring drawn outside the element must be in view too.
    const ring = outline
      ? Number.parseFloat(style.outlineWidth) +
        Math.max(0, Number.parseFloat(style.outlineOffset) || 0)
      : 0;
    return {
      rect: `${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)} in ${window.innerWidth}×${window.innerHeight}`,
      name: (element.innerText || element.getAttribute('aria-label') || '').trim(),
      tag: element.tagName.toLowerCase(),
      indicated: outline || style.boxShadow !== 'none',
      inViewport:
        rect.top - ring >= 0 &&
        rect.left - ring >= 0 &&
        rect.bottom + ring <= window.innerHeight &&
        rect.right + ring <= window.innerWidth,
      coveredBy: covered ? `<${cover.tagName.toLowerCase()} class="${cover.className}">` : null,
    };
  });
}

/** Checks what Tab reached: its focus shows, and nothing hides it. */
async function expectFocusInView(page: Page): Promise<Focused> {
  // Focus may scroll the page (smoothly, unless reduced motion): let it settle first.
  let state = await focused(page);
  await expect
    .poll(
      async () => {
        state = await focused(page);
        return state.inViewport;
      },
      { message: 'the focused element is inside the screen' },
    )
    .toBe(true)
    .catch((error: unknown) => {
      throw new Error(`${state.tag} "${state.name}" at ${state.rect} is not in full view`, {
        cause: error,
      });
    });
  expect(state.indicated, `a focus indicator on ${state.tag} "${state.name}"`).toBe(true);
  expect(state.coveredBy, `what covers ${state.tag} "${state.name}"`).toBeNull();
  return state;
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches, checking every stop. */
async function tabTo(page: Page, name: RegExp, { backwards = false } = {}): Promise<void> {
  const visited: string[] = [];
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const state = await expectFocusInView(page);
    visited.push(state.name);
    if (name.test(state.name)) return;
  }
  throw new Error(`Tab never reached ${String(name)}; it went through ${visited.join(' | ')}`);
}

test.use({ reducedMotion: 'reduce' });

test('a keyboard-only journey: skip link, story, "Наверх", language switch, "Назад", send news', async ({
  page,
}) => {
  await page.goto('/ru/');

  // The first Tab stop is the skip link; it moves focus to the page's content.
  await page.keyboard.press('Tab');
  const skip = await expectFocusInView(page);
  expect(skip.name).toBe(TEXT.ru.skipToContent);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // The next stops are in the content: the newest stories.
  await tabTo(page, new RegExp(`^${LONG_ARTICLE.title}$`));
  await page.keyboard.press('Enter');
  await expectStory(page, LONG_ARTICLE.title);
  await expect(page).toHaveURL(fixturePath('ru', LONG_ARTICLE));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Down the long story to "Наверх" at its end (the floating button is up by then).
  await tabTo(page, new RegExp(`${TEXT.ru.toTop}$`));
  expect((await focused(page)).tag).toBe('a');
  await expect(page.getByRole('button', { name: TEXT.ru.toTop })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(() => scrollY(page)).toBe(0);
  await expect(page.getByRole('banner')).toBeFocused();

  // From the top, on to the language switch.
  await tabTo(page, new RegExp(`^${TEXT.ky.autonym}$`));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(fixturePath('ky', LONG_ARTICLE));
  await expect.poll(() => htmlLang(page)).toBe('ky');
  await expectStory(page, LONG_ARTICLE.title);

  // "Артка" (back) leads back to the Russian edition's page the reader came from.
  await tabTo(page, new RegExp(`${TEXT.ky.back}$`));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(fixturePath('ru', LONG_ARTICLE));
  await expect.poll(() => htmlLang(page)).toBe('ru');

  // The send-your-news links are Tab stops too (not followed: they leave the site).
  await tabTo(page, /Telegram/);
  await tabTo(page, /WhatsApp/);
});

test('Shift+Tab walks back up a long story with every stop in view', async ({ page }) => {
  await page.goto(fixturePath('ru', LONG_ARTICLE));
  await page.keyboard.press('End');
  await expect.poll(() => scrollY(page)).toBeGreaterThan(0);
  // From the end of the page, backwards past the floating button, footer and send-news links.
  await page.getByRole('contentinfo').click();
  await tabTo(page, new RegExp(`${TEXT.ru.back}$`), { backwards: true });
  await tabTo(page, new RegExp(`^${TEXT.ru.skipToContent}$`), { backwards: true });
});
