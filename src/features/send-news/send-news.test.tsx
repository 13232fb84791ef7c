import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import type { Lang } from '../../shared/i18n/languages.ts';
import { SendNews } from './send-news.tsx';

const cases: {
  lang: Lang;
  heading: string;
  telegram: RegExp;
  whatsapp: RegExp;
  newTab: string;
  prefill: string;
}[] = [
  {
    lang: 'ru',
    heading: 'Сообщи свою новость',
    telegram: /^Сообщить новость через Telegram/,
    whatsapp: /^Сообщить новость через WhatsApp/,
    newTab: 'откроется в новой вкладке',
    prefill: 'Здравствуйте! Хочу сообщить новость:',
  },
  {
    lang: 'ky',
    heading: 'Жаңылыгыңды бизге жибер',
    telegram: /^Telegram аркылуу жаңылык жиберүү/,
    whatsapp: /^WhatsApp аркылуу жаңылык жиберүү/,
    newTab: 'жаңы өтмөктө ачылат',
    prefill: 'Саламатсызбы! Жаңылык билдиргим келет:',
  },
];

describe.each(cases)('SendNews in the $lang edition', (expected) => {
  async function renderSection() {
    renderWithProviders({ ui: <SendNews /> }, { lang: expected.lang });
    return screen.findByRole('region', { name: expected.heading });
  }

  it('is a section named by its heading', async () => {
    const section = await renderSection();
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent(expected.heading);
    expect(within(section).getAllByRole('link')).toHaveLength(2);
  });

  it('links the newsroom’s Telegram, in a new tab, saying so', async () => {
    const section = await renderSection();
    const link = within(section).getByRole('link', { name: expected.telegram });
    expect(link).toHaveAccessibleName(expect.stringContaining(expected.newTab));
    expect(link).toHaveAttribute('href', 'https://t.me/example_newsroom');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('links the newsroom’s WhatsApp with a greeting in the edition’s language', async () => {
    const section = await renderSection();
    const link = within(section).getByRole('link', { name: expected.whatsapp });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const href = new URL(link.getAttribute('href') ?? '');
    expect(`${href.origin}${href.pathname}`).toBe('https://wa.me/996000000000');
    expect(href.searchParams.get('text')).toBe(expected.prefill);
  });
});
