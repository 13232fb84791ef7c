import { screen, within } from '@testing-library/react';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CANARY,
  findUnsafeMarkup,
  HOSTILE_ARTICLE,
  HOSTILE_MARKUP,
  HUGE_ARTICLE,
  HUGE_PARAGRAPHS,
  LONG_WORD,
  MINIMAL_ARTICLE,
  UNSAFE_LINKS,
  unsafeLinkText,
} from '../../../test/hostile-articles.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { ReaderArticleSchema, type Article } from '../../../shared/contract/article-schema.ts';
import { ArticleView } from './article-view.tsx';

/** The story as the reader gets it from the API: through the reader's schema. */
function renderHostile(input: unknown) {
  const article: Article = v.parse(ReaderArticleSchema, input);
  return renderWithProviders({ ui: <ArticleView article={article} /> }, { lang: article.lang });
}

afterEach(() => {
  Reflect.deleteProperty(window, CANARY);
});

describe('ArticleView with hostile content', () => {
  it('shows markup in every text field as the characters written', async () => {
    renderHostile(HOSTILE_ARTICLE);
    const article = await screen.findByRole('article', { name: HOSTILE_ARTICLE.title });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(HOSTILE_ARTICLE.title, {
      normalizeWhitespace: false,
    });
    for (const text of [
      HOSTILE_ARTICLE.lead,
      `Абзац ${HOSTILE_MARKUP.join(' ')}`,
      `Курсив ${HOSTILE_MARKUP[2]}`,
      `Жирный ${HOSTILE_MARKUP[6]}`,
      `Подзаголовок ${HOSTILE_MARKUP[4]}`,
      `Цитата ${HOSTILE_MARKUP[1]}`,
      `Автор ${HOSTILE_MARKUP[0]}`,
      `Подпись ${HOSTILE_MARKUP[1]}`,
      HOSTILE_ARTICLE.place,
    ]) {
      expect(within(article).getByText(text)).toBeInTheDocument();
    }
    expect(within(article).getByText(/^Источник: источник <a href=/)).toBeInTheDocument();
    expect(within(article).getByText(/автор "><iframe/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: `Описание ${HOSTILE_MARKUP[0]}` })).toBeInTheDocument();
  });

  it('creates no element, handler or address from the content, and runs nothing', async () => {
    const { container } = renderHostile(HOSTILE_ARTICLE);
    await screen.findByRole('article');
    expect(findUnsafeMarkup(container)).toEqual([]);
    expect(container.querySelectorAll('script, iframe, svg, b')).toHaveLength(0);
    expect(Reflect.get(window, CANARY)).toBeUndefined();
  });

  it('keeps the text of each link with an unsafe address, without the link', async () => {
    renderHostile(HOSTILE_ARTICLE);
    await screen.findByRole('article');
    UNSAFE_LINKS.forEach((_href, index) => {
      const text = screen.getByText(unsafeLinkText(index));
      expect(text.closest('a'), unsafeLinkText(index)).toBeNull();
    });
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/ru/rubric/politics',
      'https://mfa.gov.kg/',
    ]);
  });

  it('drops pictures with unsafe addresses and srcset candidates, keeping the safe one', async () => {
    const { container } = renderHostile(HOSTILE_ARTICLE);
    await screen.findByRole('article');
    const images = container.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute('src')).toBe('/favicon.svg');
    expect(images[0]?.hasAttribute('srcset')).toBe(false);
    expect(screen.queryByText('Подпись картинки с опасным адресом')).not.toBeInTheDocument();
  });

  it('renders a story with only the required fields, inventing nothing', async () => {
    const { container } = renderHostile(MINIMAL_ARTICLE);
    const article = await screen.findByRole('article', { name: MINIMAL_ARTICLE.title });
    expect(article).toHaveTextContent(/^Кошумча талаалары жок жаңылык.*Жалгыз абзац\.$/);
    expect(article).not.toHaveTextContent(/undefined|null|NaN/);
    expect(container.querySelector('.article__lead, .article__place, .article__source')).toBeNull();
    expect(container.querySelector('figcaption')).toBeNull();
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
  });

  it('renders every paragraph of a 5,000-paragraph story, long words as they are', async () => {
    const { container } = renderHostile(HUGE_ARTICLE);
    await screen.findByRole('article', { name: HUGE_ARTICLE.title });
    const paragraphs = container.querySelectorAll('.article-body > p');
    expect(paragraphs).toHaveLength(HUGE_PARAGRAPHS);
    expect(paragraphs[HUGE_PARAGRAPHS - 1]).toHaveTextContent(`Абзац 5000 из 5000.`);
    expect(paragraphs[0]).toHaveTextContent(LONG_WORD);
  });
});

describe('findUnsafeMarkup, the check above', () => {
  it('notices script, handlers and unsafe addresses', () => {
    const root = document.createElement('div');
    // Test input for the checker only: never attached to the document.
    root.append(
      Object.assign(document.createElement('a'), { href: 'javascript:void 0' }),
      Object.assign(document.createElement('img'), { src: 'data:image/png;base64,AA' }),
      document.createElement('script'),
    );
    root.firstElementChild?.setAttribute('onclick', 'x()');
    expect(findUnsafeMarkup(root)).toEqual([
      'href="javascript:void 0"',
      'onclick on <a>',
      'src="data:image/png;base64,AA"',
      '<script type="">',
    ]);
  });
});
