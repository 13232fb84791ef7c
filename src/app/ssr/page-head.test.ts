import { describe, expect, it } from 'vitest';
import {
  article1001,
  article1002,
  articleFixture,
  imageBlock,
  pictureFixture,
} from '../../test/article-fixtures.ts';
import { escapeHtml, pageHead, type HeadInput } from './page-head.ts';

const origin = 'https://news.example.kg';
const RU_URL = `${origin}/ru/news/1001/${article1001.slug}`;
const KY_URL = `${origin}/ky/news/1002/${article1002.slug}`;

function head(overrides: Partial<HeadInput>): Document {
  const input: HeadInput = {
    origin,
    pathname: '/ru/',
    lang: 'ru',
    notFound: false,
    translations: [],
    title: 'Последние новости — Новости Кыргызстана',
    ...overrides,
  };
  const doc = document.implementation.createHTMLDocument('');
  doc.head.innerHTML = pageHead(input);
  return doc;
}

const metaContent = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

const links = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((element) => [
    element.getAttribute('hreflang'),
    element.getAttribute('href'),
  ]);

describe('pageHead of a story', () => {
  const doc = head({
    pathname: `/ru/news/1001/${article1001.slug}`,
    article: article1001,
    translations: [article1002],
  });

  it('has a description, a canonical URL and Open Graph of type article', () => {
    expect(metaContent(doc, 'description')).toMatch(/^12 июля в г\. Абиджан/);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(RU_URL);
    expect(metaContent(doc, 'og:type')).toBe('article');
    expect(metaContent(doc, 'og:title')).toBe(article1001.title);
    expect(metaContent(doc, 'og:url')).toBe(RU_URL);
    expect(metaContent(doc, 'og:locale')).toBe('ru_KG');
    expect(metaContent(doc, 'og:locale:alternate')).toBe('ky_KG');
    expect(metaContent(doc, 'twitter:card')).toBe('summary_large_image');
  });

  it('names its translation as an hreflang alternate, Russian as x-default', () => {
    expect(links(doc, 'link[hreflang]')).toEqual([
      ['ru', RU_URL],
      ['ky', KY_URL],
      ['x-default', RU_URL],
    ]);
  });

  it('falls back to the branded preview picture', () => {
    expect(metaContent(doc, 'og:image')).toBe(`${origin}/og-image.png`);
    expect(metaContent(doc, 'og:image:width')).toBe('1200');
  });

  it('describes the story as a NewsArticle in JSON-LD', () => {
    const json: unknown = JSON.parse(
      doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '',
    );
    expect(json).toMatchObject({
      '@type': 'NewsArticle',
      headline: article1001.title,
      datePublished: '2017-07-12T00:00:00+06:00',
      dateModified: '2017-07-12T00:00:00+06:00',
      inLanguage: 'ru-KG',
      articleSection: 'Политика',
      publisher: { '@type': 'NewsMediaOrganization', name: 'Новости Кыргызстана' },
    });
  });

  it('links both editions’ RSS feeds', () => {
    expect(
      [...doc.querySelectorAll('link[type="application/rss+xml"]')].map((link) =>
        link.getAttribute('href'),
      ),
    ).toEqual([`${origin}/ru/rss.xml`, `${origin}/ky/rss.xml`]);
  });
});

describe('pageHead', () => {
  it('lists a story’s corrections in its JSON-LD', () => {
    const article = articleFixture({
      corrections: [{ date: '2017-07-13T10:30:00+06:00', text: 'Исправлено название города.' }],
    });
    const doc = head({ pathname: '/ru/news/2001/testovaya-novost', article });
    const json: unknown = JSON.parse(
      doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '',
    );
    expect(json).toMatchObject({
      correction: [
        {
          '@type': 'CorrectionComment',
          datePublished: '2017-07-13T10:30:00+06:00',
          text: 'Исправлено название города.',
        },
      ],
    });
  });

  it('uses the story’s own picture, absolute, when it has a safe one', () => {
    const article = articleFixture({ body: [imageBlock({ src: '/media/a.jpg' })] });
    const doc = head({ pathname: '/ru/news/2001/testovaya-novost', article });
    expect(metaContent(doc, 'og:image')).toBe(`${origin}/media/a.jpg`);
    expect(metaContent(doc, 'og:image:height')).toBe('720');
  });

  it('gives a story with a lead photo its 1200x630 crop, described, and the crops to Google', () => {
    const article = articleFixture({ image: pictureFixture() });
    const doc = head({ pathname: '/ru/news/2001/testovaya-novost', article });
    const stem = `${origin}/media/0123456789abcdef0123`;
    expect(metaContent(doc, 'og:image')).toBe(`${stem}-og.jpg`);
    expect(metaContent(doc, 'og:image:width')).toBe('1200');
    expect(metaContent(doc, 'og:image:height')).toBe('630');
    expect(metaContent(doc, 'og:image:alt')).toBe('Площадь Ала-Тоо утром');
    expect(metaContent(doc, 'twitter:image')).toBe(`${stem}-og.jpg`);
    expect(metaContent(doc, 'twitter:image:alt')).toBe('Площадь Ала-Тоо утром');
    const jsonLd: unknown = JSON.parse(
      doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
    );
    expect(jsonLd).toMatchObject({
      image: [`${stem}-16x9.jpg`, `${stem}-4x3.jpg`, `${stem}-1x1.jpg`],
    });
  });

  it('keeps the site card for a story without a picture', () => {
    const doc = head({ pathname: '/ru/news/2001/testovaya-novost', article: articleFixture() });
    expect(metaContent(doc, 'og:image')).toBe(`${origin}/og-image.png`);
    expect(metaContent(doc, 'og:image:alt')).toBeUndefined();
  });

  it('has no alternates for a story without translations', () => {
    const doc = head({ pathname: '/ru/news/2001/testovaya-novost', article: articleFixture() });
    expect(links(doc, 'link[hreflang]')).toEqual([]);
  });

  it('gives the front pages each other as alternates and Open Graph of type website', () => {
    const doc = head({ pathname: '/ky/', lang: 'ky', title: 'Акыркы жаңылыктар' });
    expect(links(doc, 'link[hreflang]')).toEqual([
      ['ru', `${origin}/ru/`],
      ['ky', `${origin}/ky/`],
      ['x-default', `${origin}/ru/`],
    ]);
    expect(metaContent(doc, 'og:type')).toBe('website');
    expect(metaContent(doc, 'og:title')).toBe('Акыркы жаңылыктар');
    expect(metaContent(doc, 'description')).toMatch(/кыргыз тилинде/);
    expect(doc.querySelector('script')).toBeNull();
  });

  it('links the edition’s web app manifest, on every kind of page', () => {
    const manifest = (doc: Document) =>
      [...doc.querySelectorAll('link[rel="manifest"]')].map((link) => link.getAttribute('href'));
    expect(manifest(head({ pathname: '/ru/' }))).toEqual(['/ru/manifest.webmanifest']);
    expect(manifest(head({ pathname: '/ky/', lang: 'ky' }))).toEqual(['/ky/manifest.webmanifest']);
    expect(manifest(head({ pathname: '/ky/404', lang: 'ky', notFound: true }))).toEqual([
      '/ky/manifest.webmanifest',
    ]);
  });

  it('keeps a not-found page out of search results, with no canonical URL', () => {
    const doc = head({ pathname: '/ru/404', notFound: true });
    expect(metaContent(doc, 'robots')).toBe('noindex');
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(metaContent(doc, 'og:title')).toBeUndefined();
  });

  it('keeps hostile text inert: escaped in attributes, unable to close the JSON-LD', () => {
    const title = '</script><script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const article = articleFixture({ title, lead: title });
    const html = pageHead({
      origin,
      pathname: '/ru/news/2001/testovaya-novost',
      lang: 'ru',
      notFound: false,
      article,
      translations: [],
      title,
    });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    const doc = document.implementation.createHTMLDocument('');
    doc.head.innerHTML = html;
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(metaContent(doc, 'og:title')).toBe(title);
    const json: unknown = JSON.parse(doc.querySelector('script')?.textContent ?? '');
    expect(json).toMatchObject({ headline: title });
  });

  it('escapes the five characters that matter in HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
