import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  article1001,
  article1002,
  articleFixture,
  imageBlock,
  pictureFixture,
} from '../../../test/article-fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import type { Lang } from '../../../shared/i18n/languages.ts';
import type { Article } from '../../../shared/contract/article-schema.ts';
import { ArticleView } from './article-view.tsx';
import { wholeText } from '../../../test/whole-text.ts';

function renderArticle(article: Article, lang: Lang = article.lang) {
  return renderWithProviders(
    { ui: <ArticleView article={article} footer={<nav aria-label="Конец">Низ</nav>} /> },
    { lang },
  );
}

describe('ArticleView', () => {
  it('makes the headline the page’s single h1 and names the article by it', async () => {
    renderArticle(article1001);
    const headline = await screen.findByRole('heading', { level: 1 });
    expect(headline).toHaveTextContent(article1001.title);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('article', { name: article1001.title })).toBeInTheDocument();
  });

  it('names the story’s rubric above the headline, linking to the rubric', async () => {
    const { router, user } = renderArticle(articleFixture({ rubric: 'culture' }));
    const headline = await screen.findByRole('heading', { level: 1 });
    const rubric = screen.getByRole('link', { name: 'Культура' });
    expect(rubric).toHaveAttribute('href', '/ru/rubric/culture');
    expect(rubric.compareDocumentPosition(headline) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    await user.click(rubric);
    expect(router.state.location.pathname).toBe('/ru/rubric/culture');
  });

  it('names the rubric of a foreign story in the edition’s words, linking into the edition', async () => {
    renderArticle(articleFixture({ rubric: 'world' }), 'ky');
    const rubric = await screen.findByRole('link', { name: 'Дүйнө' });
    expect(rubric).toHaveAttribute('href', '/ky/rubric/world');
    expect(rubric.closest('[lang]')).toHaveAttribute('lang', 'ky');
  });

  it('shows no rubric for a story without one', async () => {
    renderArticle(articleFixture());
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('dates a Russian story in Russian, with a machine-readable time', async () => {
    renderArticle(article1001);
    const time = await screen.findByText(wholeText('12 июля 2017 г.'));
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2017-07-12T00:00:00+06:00');
  });

  it('dates a Kyrgyz story in Kyrgyz', async () => {
    renderArticle(article1002);
    const time = await screen.findByText(wholeText('2017-ж., 12-июль'));
    expect(time).toHaveAttribute('datetime', article1002.publishedAt);
  });

  it('shows the place and the source in the edition’s words', async () => {
    renderArticle(article1001);
    expect(await screen.findByText('Абиджан')).toBeInTheDocument();
    expect(screen.getByText('Источник: пресс-служба МИД КР')).toBeInTheDocument();
  });

  it('shows the lead, and leaves out place, source and lead the story lacks', async () => {
    renderArticle(articleFixture({ lead: 'Коротко о главном.' }));
    expect(await screen.findByText('Коротко о главном.')).toBeInTheDocument();
    expect(screen.queryByText(/^Источник:/)).not.toBeInTheDocument();
    expect(screen.queryByText('·')).not.toBeInTheDocument();
  });

  it('shows when a story was updated, but not an update at the time of publication', async () => {
    const { unmount } = renderArticle(articleFixture({ updatedAt: '2017-07-13T09:00:00+06:00' }));
    const updated = await screen.findByText(wholeText('Обновлено 13 июля 2017 г.'));
    expect(updated).toHaveAttribute('datetime', '2017-07-13T09:00:00+06:00');
    unmount();
    renderArticle(articleFixture({ updatedAt: '2017-07-12T00:00:00+06:00' }));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/^Обновлено/)).not.toBeInTheDocument();
  });

  it('renders the body: one paragraph per block', async () => {
    renderArticle(article1001);
    await screen.findByRole('heading', { level: 1 });
    const article = screen.getByRole('article');
    expect(article.querySelectorAll('.article-body > p')).toHaveLength(article1001.body.length);
    expect(
      within(article).getByText(wholeText(/^12 июля в г\. Абиджан, Республика Кот-д'Ивуар/)),
    ).toBeInTheDocument();
  });

  it('gives a story in its own edition no lang of its own and no note', async () => {
    renderArticle(article1001, 'ru');
    const article = await screen.findByRole('article');
    expect(article).not.toHaveAttribute('lang');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('marks a Russian story shown in the Kyrgyz edition as Russian and says so', async () => {
    const russianOnly = articleFixture({ source: 'пресс-служба МИД КР' });
    renderArticle(russianOnly, 'ky');
    const article = await screen.findByRole('article');
    expect(article).toHaveAttribute('lang', 'ru');
    expect(screen.getByRole('note')).toHaveTextContent(
      'Бул жаңылык орус тилинде гана жеткиликтүү.',
    );
    // The note is in the edition's language, so it sits outside the Russian article.
    expect(article).not.toContainElement(screen.getByRole('note'));
    // The date and the source label are the edition's words, marked as Kyrgyz.
    const time = screen.getByText(wholeText('2017-ж., 12-июль'));
    expect(time).toHaveAttribute('lang', 'ky');
    expect(screen.getByText('Булак: пресс-служба МИД КР')).toHaveAttribute('lang', 'ky');
  });

  it('says a Kyrgyz story in the Russian edition is only in Kyrgyz', async () => {
    renderArticle(articleFixture({ lang: 'ky' }), 'ru');
    expect(await screen.findByRole('article')).toHaveAttribute('lang', 'ky');
    expect(screen.getByRole('note')).toHaveTextContent(
      'Эта новость доступна только на кыргызском языке.',
    );
  });

  it('renders the footer inside the article', async () => {
    renderArticle(article1001);
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('navigation', { name: 'Конец' })).toBeInTheDocument();
  });

  it('keeps the footer of a foreign story in the edition’s language', async () => {
    renderArticle(articleFixture(), 'ky');
    const footer = await screen.findByRole('navigation', { name: 'Конец' });
    expect(footer.closest('[lang]')).toHaveAttribute('lang', 'ky');
  });

  it('keeps a photo credit label of a foreign story in the edition’s language', async () => {
    renderArticle(articleFixture({ body: [imageBlock({ credit: 'МИД КР' })] }), 'ky');
    const credit = await screen.findByText('Сүрөт: МИД КР');
    expect(credit.closest('[lang]')).toHaveAttribute('lang', 'ky');
  });

  it('shows its lead picture above the text, first and eagerly, with caption and credit', async () => {
    const { container } = renderArticle(
      articleFixture({
        image: pictureFixture({ caption: 'Утро в Бишкеке.', credit: 'Айбек Осмонов' }),
        body: [imageBlock({ alt: 'Второе фото' })],
      }),
    );
    const lead = await screen.findByRole('img', { name: 'Площадь Ала-Тоо утром' });
    expect(lead).toHaveAttribute('loading', 'eager');
    expect(lead).toHaveAttribute('fetchpriority', 'high');
    expect(lead).not.toHaveAttribute('decoding');
    const figure = lead.closest('figure');
    expect(figure?.querySelector('figcaption')).toHaveTextContent(
      'Утро в Бишкеке. Фото: Айбек Осмонов',
    );
    expect(container.querySelector('img')).toBe(lead);
    expect(screen.getByRole('img', { name: 'Второе фото' })).toHaveAttribute('loading', 'lazy');
  });
});
