import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { imageBlock, paragraph, pictureFixture } from '../../../test/article-fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import type { Lang } from '../../../shared/i18n/languages.ts';
import type { Block, ImageBlock } from '../../../shared/contract/article-schema.ts';
import { ArticleBody, IMAGE_SIZES } from './article-body.tsx';

function renderBody(blocks: Block[], lang: Lang = 'ru') {
  return renderWithProviders({ ui: <ArticleBody blocks={blocks} lang={lang} /> }, { lang });
}

describe('ArticleBody', () => {
  it('renders a paragraph from its runs, with emphasis and strong text', async () => {
    renderBody([
      {
        type: 'paragraph',
        runs: [
          { text: 'Начало, ' },
          { text: 'курсив', emphasis: true },
          { text: ' и ' },
          { text: 'жирный', strong: true },
          { text: '.' },
        ],
      },
    ]);
    const text = await screen.findByText((_content, element) => element?.tagName === 'P');
    expect(text).toHaveTextContent('Начало, курсив и жирный.');
    expect(screen.getByText('курсив').tagName).toBe('EM');
    expect(screen.getByText('жирный').tagName).toBe('STRONG');
  });

  it('renders a run with a safe href as a link', async () => {
    renderBody([
      {
        type: 'paragraph',
        runs: [{ text: 'См. ' }, { text: 'сайт МИД', href: 'https://mfa.gov.kg/ru' }],
      },
    ]);
    expect(await screen.findByRole('link', { name: 'сайт МИД' })).toHaveAttribute(
      'href',
      'https://mfa.gov.kg/ru',
    );
  });

  it.each([
    'javascript:alert(1)',
    '  JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/',
  ])('renders a run with the unsafe href %j as text and no link', async (href) => {
    // Built directly, as if it had slipped past the schema.
    renderBody([{ type: 'paragraph', runs: [{ text: 'нажмите здесь', href }] }]);
    expect(await screen.findByText('нажмите здесь')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(document.querySelector('a')).toBeNull();
  });

  it('shows markup in the text as literal text', async () => {
    const { container } = renderBody([
      paragraph('<script>alert(1)</script>'),
      { type: 'subheading', text: '<img src=x onerror=alert(1)>' },
      { type: 'quote', text: '<b>жирно</b>', cite: '<i>автор</i>' },
    ]);
    expect(await screen.findByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      '<img src=x onerror=alert(1)>',
    );
    expect(screen.getByText('<b>жирно</b>')).toBeInTheDocument();
    expect(screen.getByText('<i>автор</i>')).toBeInTheDocument();
    expect(container.querySelector('script, img, b, i')).toBeNull();
  });

  it('renders a subheading as h2 and a quote with its source', async () => {
    renderBody([
      { type: 'subheading', text: 'Итоги встречи' },
      { type: 'quote', text: 'Мы открыты к диалогу.', cite: 'Динара Кемелова' },
    ]);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Итоги встречи' }),
    ).toBeInTheDocument();
    const quote = screen.getByText('Мы открыты к диалогу.');
    expect(quote.closest('blockquote')).not.toBeNull();
    expect(screen.getByText('Динара Кемелова').tagName).toBe('FIGCAPTION');
  });

  it('renders an image with its description, size, srcset and sizes', async () => {
    renderBody([
      paragraph('Текст до фото.'),
      imageBlock({
        sources: [
          { src: '/media/photo-640.jpg', width: 640 },
          { src: 'https://cdn.example.org/photo 1280,v2.jpg', width: 1280 },
        ],
      }),
    ]);
    const image = await screen.findByRole('img', { name: 'Делегации за столом переговоров' });
    expect(image).toHaveAttribute('src', '/media/photo-1280.jpg');
    expect(image).toHaveAttribute('width', '1280');
    expect(image).toHaveAttribute('height', '720');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute(
      'srcset',
      '/media/photo-640.jpg 640w, https://cdn.example.org/photo%201280%2Cv2.jpg 1280w',
    );
    expect(image.getAttribute('sizes')).toMatch(/\S/);
  });

  it('loads an image that opens the story eagerly', async () => {
    renderBody([imageBlock(), paragraph('Текст после фото.')]);
    expect(await screen.findByRole('img')).toHaveAttribute('loading', 'eager');
  });

  it('gives an image without other sizes no srcset or sizes', async () => {
    renderBody([imageBlock()]);
    const image = await screen.findByRole('img');
    expect(image).not.toHaveAttribute('srcset');
    expect(image).not.toHaveAttribute('sizes');
  });

  it('drops unsafe srcset candidates and an image with an unsafe src', async () => {
    renderBody([
      imageBlock({
        alt: 'Первое',
        sources: [
          { src: 'javascript:alert(1)', width: 320 },
          { src: '/media/photo-640.jpg', width: 640 },
        ],
      }),
      imageBlock({ alt: 'Второе', src: 'data:image/svg+xml,<svg onload=alert(1)>' }),
    ]);
    expect(await screen.findByRole('img', { name: 'Первое' })).toHaveAttribute(
      'srcset',
      '/media/photo-640.jpg 640w',
    );
    expect(screen.queryByRole('img', { name: 'Второе' })).not.toBeInTheDocument();
  });

  it('captions an image with its credit in the edition’s words', async () => {
    renderBody([imageBlock({ caption: 'Встреча в Абиджане.', credit: 'МИД КР' })], 'ky');
    const caption = await screen.findByText(
      (_content, element) => element?.tagName === 'FIGCAPTION',
    );
    expect(caption).toHaveTextContent('Встреча в Абиджане. Сүрөт: МИД КР');
  });

  it('keeps a decorative image (empty alt) out of the accessibility tree', async () => {
    const { container } = renderBody([imageBlock({ alt: '' })]);
    await screen.findByRole('presentation');
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
  });
});

describe('ArticleBody: a photo the build made', () => {
  it('offers AVIF first, then WebP, at the widths of the text column, lazily', async () => {
    const { container } = renderBody([
      paragraph('Текст перед фото.'),
      { type: 'image', ...bodyPicture() },
    ]);
    const image = await screen.findByRole('img', { name: 'Площадь Ала-Тоо утром' });
    const avif = container.querySelector('picture > source[type="image/avif"]');
    expect(avif?.getAttribute('srcset')).toMatch(/-320\.avif 320w, .*-1600\.avif 1600w$/);
    expect(avif).toHaveAttribute('sizes', IMAGE_SIZES);
    expect(image.getAttribute('srcset')).toMatch(/-320\.webp 320w, .*-1600\.webp 1600w$/);
    expect(image).toHaveAttribute('sizes', IMAGE_SIZES);
    expect(image).toHaveAttribute('width', '1600');
    expect(image).toHaveAttribute('height', '1067');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('decoding', 'async');
    expect(image).not.toHaveAttribute('fetchpriority');
  });

  it('colours the box until the picture comes, by a class (no style attribute)', async () => {
    renderBody([{ type: 'image', ...bodyPicture() }]);
    const image = await screen.findByRole('img');
    expect(image).toHaveClass('picture', 'ph-112');
    expect(image).not.toHaveAttribute('style');
  });

  it('loads no body picture first when the story has a lead picture above', async () => {
    renderWithProviders(
      {
        ui: (
          <ArticleBody blocks={[{ type: 'image', ...bodyPicture() }]} lang="ru" afterLeadPicture />
        ),
      },
      { lang: 'ru' },
    );
    expect(await screen.findByRole('img')).toHaveAttribute('loading', 'lazy');
  });

  it('shows a decorative picture with an empty alt', async () => {
    const { container } = renderBody([
      { type: 'image', ...bodyPicture({ alt: '', decorative: true }) },
    ]);
    await screen.findByRole('presentation');
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
  });
});

function bodyPicture(overrides: Partial<ImageBlock> = {}) {
  const { src, alt, width, height, sources, avif, color } = pictureFixture();
  return { src, alt, width, height, sources, avif, color, ...overrides };
}
