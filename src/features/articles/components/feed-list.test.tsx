import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { feedItemFixture, pictureFixture } from '../../../test/article-fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { FeedList } from './feed-list.tsx';
import { wholeText } from '../../../test/whole-text.ts';

const items = [
  feedItemFixture({
    id: '1003',
    slug: 'tretya-novost',
    title: 'Третья новость',
    lead: 'Лид третьей новости.',
    publishedAt: '2017-07-13T10:00:00+06:00',
  }),
  feedItemFixture({
    id: '1001',
    slug: 'kyrgyzstanskie-diplomaty',
    title: 'Кыргызстанские дипломаты проводят встречи',
  }),
];

describe('FeedList', () => {
  it('lists the stories in the given order, each linking to its article', async () => {
    renderWithProviders({ ui: <FeedList items={items} /> });
    const list = await screen.findByRole('list');
    const entries = within(list).getAllByRole('listitem');
    expect(
      entries.map((entry) => within(entry).getByRole('heading', { level: 2 }).textContent),
    ).toEqual(['Третья новость', 'Кыргызстанские дипломаты проводят встречи']);
    expect(screen.getByRole('link', { name: 'Третья новость' })).toHaveAttribute(
      'href',
      '/ru/news/1003/tretya-novost',
    );
    expect(
      screen.getByRole('link', { name: 'Кыргызстанские дипломаты проводят встречи' }),
    ).toHaveAttribute('href', '/ru/news/1001/kyrgyzstanskie-diplomaty');
  });

  it('shows each story’s date and its lead if it has one', async () => {
    renderWithProviders({ ui: <FeedList items={items} /> });
    const [first, second] = within(await screen.findByRole('list')).getAllByRole('listitem');
    if (!first || !second) throw new Error('expected two entries');
    expect(within(first).getByText(wholeText('13 июля 2017 г.'))).toHaveAttribute(
      'datetime',
      '2017-07-13T10:00:00+06:00',
    );
    expect(within(first).getByText('Лид третьей новости.')).toBeInTheDocument();
    expect(second.querySelector('.feed__lead')).toBeNull();
  });

  it('links into the edition it is shown in', async () => {
    const kyrgyz = [feedItemFixture({ id: '1002', lang: 'ky', slug: 'kyrgyz', title: 'Жаңылык' })];
    renderWithProviders({ ui: <FeedList items={kyrgyz} /> }, { lang: 'ky' });
    expect(await screen.findByRole('link', { name: 'Жаңылык' })).toHaveAttribute(
      'href',
      '/ky/news/1002/kyrgyz',
    );
    expect(screen.getByText(wholeText('2017-ж., 12-июль'))).toBeInTheDocument();
  });

  it('follows a headline within the app', async () => {
    const { router, user } = renderWithProviders({ ui: <FeedList items={items} /> });
    await user.click(await screen.findByRole('link', { name: 'Третья новость' }));
    expect(router.state.location.pathname).toBe('/ru/news/1003/tretya-novost');
  });

  it('says so when the feed is empty', async () => {
    renderWithProviders({ ui: <FeedList items={[]} /> });
    expect(
      await screen.findByText('Здесь пока нет новостей. Загляните чуть позже.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says so in Kyrgyz too', async () => {
    renderWithProviders({ ui: <FeedList items={[]} /> }, { lang: 'ky' });
    expect(
      await screen.findByText('Азырынча бул жерде жаңылык жок. Бир аздан кийин кайра кириңиз.'),
    ).toBeInTheDocument();
  });

  it('says what it is given to say when the feed is empty', async () => {
    renderWithProviders({ ui: <FeedList items={[]} emptyMessage="В этой рубрике пусто." /> });
    expect(await screen.findByText('В этой рубрике пусто.')).toBeInTheDocument();
    expect(screen.queryByText(/Здесь пока нет новостей/)).not.toBeInTheDocument();
  });

  it('shows a story’s thumbnail beside its headline, the first one eagerly', async () => {
    const { src, alt, width, height, sources, avif, color } = pictureFixture();
    const image = { src, alt, width, height, sources, avif, color };
    const { container } = renderWithProviders({
      ui: (
        <FeedList
          items={[
            feedItemFixture({ id: '1', slug: 'a', image }),
            feedItemFixture({ id: '2', slug: 'b' }),
            feedItemFixture({ id: '3', slug: 'c', image: { ...image, alt: 'Другое фото' } }),
          ]}
        />
      ),
    });
    const [top, third] = await screen.findAllByRole('img');
    expect(top).toHaveAttribute('alt', 'Площадь Ала-Тоо утром');
    expect(top).toHaveAttribute('loading', 'eager');
    expect(top?.getAttribute('sizes')).toMatch(/6\.5rem$/);
    expect(third).toHaveAttribute('alt', 'Другое фото');
    expect(third).toHaveAttribute('loading', 'lazy');
    expect(third).toHaveAttribute('sizes', '6.5rem');
    expect(container.querySelectorAll('source[type="image/avif"]')).toHaveLength(2);
    expect(container.querySelectorAll('.feed__story--pictured')).toHaveLength(2);
  });
});
