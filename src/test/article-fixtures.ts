import * as v from 'valibot';
import article1001Json from '../../content/articles/1001.json';
import article1002Json from '../../content/articles/1002.json';
import {
  ArticleSchema,
  type Article,
  type Block,
  type ImageBlock,
  type LeadImage,
} from '../shared/contract/article-schema.ts';
import type { FeedHead, FeedItem, FeedPage } from '../shared/contract/feed-schema.ts';
import type { Lang } from '../shared/i18n/languages.ts';

/** The shipped Russian story, 1001, whose Kyrgyz translation is 1002. */
export const article1001: Article = v.parse(ArticleSchema, article1001Json);
/** The shipped Kyrgyz story, 1002, the translation of 1001. */
export const article1002: Article = v.parse(ArticleSchema, article1002Json);

/** A valid article; override any field. */
export function articleFixture(overrides: Partial<Article> = {}): Article {
  return {
    id: '2001',
    lang: 'ru',
    slug: 'testovaya-novost',
    title: 'Тестовая новость',
    publishedAt: '2017-07-12T00:00:00+06:00',
    body: [paragraph('Первый абзац тестовой новости.')],
    translations: {},
    ...overrides,
  };
}

export function paragraph(text: string): Block {
  return { type: 'paragraph', runs: [{ text }] };
}

export function imageBlock(overrides: Partial<ImageBlock> = {}): ImageBlock {
  return {
    type: 'image',
    src: '/media/photo-1280.jpg',
    alt: 'Делегации за столом переговоров',
    width: 1280,
    height: 720,
    ...overrides,
  };
}

/** A photo as the build publishes it: WebP and AVIF widths and its dominant colour. */
export function pictureFixture(overrides: Partial<LeadImage> = {}): LeadImage {
  const stem = '/media/0123456789abcdef0123';
  const widths = [320, 640, 960, 1280, 1600];
  return {
    src: `${stem}-960.webp`,
    alt: 'Площадь Ала-Тоо утром',
    width: 1600,
    height: 1067,
    sources: widths.map((width) => ({ src: `${stem}-${width}.webp`, width })),
    avif: widths.map((width) => ({ src: `${stem}-${width}.avif`, width })),
    color: '#6a7f9c',
    preview: { src: `${stem}-og.jpg`, width: 1200, height: 630 },
    crops: { '16x9': `${stem}-16x9.jpg`, '4x3': `${stem}-4x3.jpg`, '1x1': `${stem}-1x1.jpg` },
    ...overrides,
  };
}

/** The feed entry of an article fixture. */
export function feedItemFixture(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: '2001',
    lang: 'ru',
    slug: 'testovaya-novost',
    title: 'Тестовая новость',
    publishedAt: '2017-07-12T00:00:00+06:00',
    ...overrides,
  };
}

/** A feed's head (its newest stories): one story of the edition unless told otherwise. */
export function feedHeadFixture(lang: Lang, overrides: Partial<FeedHead> = {}): FeedHead {
  return { lang, items: [feedItemFixture({ lang })], ...overrides };
}

/** A page of a feed's archive: page 1, one story of the edition, unless told otherwise. */
export function feedPageFixture(lang: Lang, overrides: Partial<FeedPage> = {}): FeedPage {
  return { lang, page: 1, items: [feedItemFixture({ lang })], ...overrides };
}

/** A copy of an object without one of its keys, for "field is missing" cases. */
export function without(object: object, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
}
