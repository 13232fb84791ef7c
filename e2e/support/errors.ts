import type { Page } from '@playwright/test';
import { languageSwitch } from './page.ts';
import { expect } from './test.ts';
import { TEXT, type Lang } from './texts.ts';

/** Two retries with 1 s and 2 s of backoff come before a transient error is shown. */
export const AFTER_RETRIES = { timeout: 12_000 };

/**
 * The page's frame stays usable while its content fails: header, language switch, the
 * send-your-news links, footer.
 */
export async function expectFrameStays(page: Page, lang: Lang): Promise<void> {
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(
    page.getByRole('banner').getByRole('link', { name: TEXT[lang].siteName }),
  ).toBeVisible();
  await expect(languageSwitch(page, lang)).toBeVisible();
  const sendNews = page.getByRole('region', { name: TEXT[lang].sendNewsHeading });
  await expect(sendNews.getByRole('link', { name: /Telegram/ })).toBeVisible();
  await expect(sendNews.getByRole('link', { name: /WhatsApp/ })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
}

/** The error page in `lang`: its heading, `message`, a retry button, the frame around it. */
export async function expectErrorShown(page: Page, lang: Lang, message: string): Promise<void> {
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible(AFTER_RETRIES);
  await expect(
    alert.getByRole('heading', { level: 1, name: TEXT[lang].errorTitle, exact: true }),
  ).toBeVisible();
  await expect(alert.getByText(message, { exact: true })).toBeVisible();
  await expect(alert.getByRole('button', { name: TEXT[lang].retry })).toBeEnabled();
  await expect(page).toHaveTitle(`${TEXT[lang].errorTitle} — ${TEXT[lang].siteName}`);
  await expectFrameStays(page, lang);
}
