import type { Article, ArticleAddress } from '../../shared/contract/article-schema.ts';
import { leadOf } from '../../shared/contract/lead.ts';
import { CATALOGUES, PUBLISHED } from '../../shared/i18n/all-catalogues.ts';
import { EDITIONS } from '../../shared/i18n/editions.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../../shared/i18n/languages.ts';
import { jsonForScript } from '../../shared/lib/json-for-script.ts';
import { articlePath, editionPath, manifestPath } from '../../shared/lib/paths.ts';
import { safeMediaSrc } from '../../shared/lib/safe-url.ts';

/**
 * The `<head>` of a prerendered page beyond its title: what link-preview bots (Telegram,
 * WhatsApp, Facebook), search engines and feed readers read, none of which run scripts.
 */

/** The branded preview picture for pages without one of their own (1200x630, well under 300 KB). */
export const FALLBACK_IMAGE = { path: '/og-image.png', width: 1200, height: 630 };
export const LOGO_PATH = '/icons/icon-512.png';

export interface HeadInput {
  origin: string;
  pathname: string;
  lang: Lang;
  notFound: boolean;
  /** The story the page shows, if it is a story. */
  article?: Article | undefined;
  /** Its translations' addresses, as far as they could be loaded. */
  translations: readonly ArticleAddress[];
  /** The document title React rendered, for the previews. */
  title: string;
}

const NEEDS_ESCAPING = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most values (URLs, names, numbers) have nothing to escape: one scan instead of five.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function meta(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`;
}

function link(rel: string, href: string, extra = ''): string {
  return `<link rel="${rel}" href="${escapeHtml(href)}"${extra}>`;
}

interface PreviewImage {
  url: string;
  width: number;
  height: number;
  alt?: string | undefined;
  /** 16:9, 4:3 and 1:1 crops for search engines, when the build made them. */
  crops?: string[] | undefined;
}

/**
 * The story's own picture if it has a usable one: its lead picture's 1200x630 crop, else its
 * first picture in the text; else the branded fallback.
 */
function previewImage(article: Article | undefined, origin: string): PreviewImage {
  const absolute = (src: string | undefined) => {
    const safe = src === undefined ? undefined : safeMediaSrc(src);
    return safe === undefined ? undefined : new URL(safe, origin).href;
  };
  const lead = article?.image;
  const preview = lead?.preview;
  const previewUrl = absolute(preview?.src);
  if (lead && preview && previewUrl) {
    const crops = lead.crops
      ? [lead.crops['16x9'], lead.crops['4x3'], lead.crops['1x1']].flatMap(
          (src) => absolute(src) ?? [],
        )
      : undefined;
    return { url: previewUrl, width: preview.width, height: preview.height, alt: lead.alt, crops };
  }
  const image = lead ?? article?.body.find((block) => block.type === 'image');
  const url = absolute(image?.src);
  if (image && url) return { url, width: image.width, height: image.height, alt: image.alt };
  return { url: `${origin}${FALLBACK_IMAGE.path}`, ...FALLBACK_IMAGE };
}

/** hreflang alternates: a story and its translations, or the editions' front pages. */
function alternatesOf(input: HeadInput): Partial<Record<Lang, string>> {
  const { article, translations, pathname } = input;
  if (article) {
    const versions = [article, ...translations];
    if (versions.length < 2) return {};
    return Object.fromEntries(
      versions.map((version) => [version.lang, articlePath(version.lang, version)]),
    );
  }
  if (LANGS.some((lang) => pathname === editionPath(lang))) {
    return Object.fromEntries(LANGS.map((lang) => [lang, editionPath(lang)]));
  }
  return {};
}

function newsArticleJsonLd(
  article: Article,
  input: HeadInput,
  image: PreviewImage,
  description: string | undefined,
) {
  const t = CATALOGUES[article.lang];
  const url = `${input.origin}${articlePath(article.lang, article)}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    inLanguage: EDITIONS[article.lang].locale,
    mainEntityOfPage: url,
    url,
    image: image.crops && image.crops.length > 0 ? image.crops : [image.url],
    ...(article.rubric ? { articleSection: t.rubrics[article.rubric] } : {}),
    ...(article.place ? { locationCreated: { '@type': 'Place', name: article.place } } : {}),
    ...(article.corrections
      ? {
          correction: article.corrections.map((correction) => ({
            '@type': 'CorrectionComment',
            datePublished: correction.date,
            text: correction.text,
          })),
        }
      : {}),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: t.siteName,
      url: `${input.origin}/`,
      logo: { '@type': 'ImageObject', url: `${input.origin}${LOGO_PATH}` },
    },
  };
}

export function pageHead(input: HeadInput): string {
  const { origin, pathname, lang, article, notFound } = input;
  const t = CATALOGUES[lang];
  const tags: string[] = [];
  const lead = article && leadOf(article);
  const description = lead ?? PUBLISHED[lang].siteDescription;
  tags.push(meta('name', 'description', description));
  // The edition's own manifest: installed from here, the app opens this edition.
  tags.push(link('manifest', manifestPath(lang)));

  for (const edition of LANGS) {
    tags.push(
      link(
        'alternate',
        `${origin}/${edition}/rss.xml`,
        ` type="application/rss+xml" title="${escapeHtml(PUBLISHED[edition].rssTitle)}"`,
      ),
    );
  }

  if (notFound) {
    tags.push(meta('name', 'robots', 'noindex'));
    return tags.join('');
  }

  const url = `${origin}${pathname}`;
  tags.push(link('canonical', url));
  const alternates = alternatesOf(input);
  for (const [hreflang, path] of Object.entries(alternates)) {
    tags.push(link('alternate', `${origin}${path}`, ` hreflang="${hreflang}"`));
  }
  const fallbackPath = alternates[DEFAULT_LANG];
  if (fallbackPath)
    tags.push(link('alternate', `${origin}${fallbackPath}`, ' hreflang="x-default"'));

  const image = previewImage(article, origin);
  const title = article?.title ?? input.title;
  tags.push(
    meta('property', 'og:type', article ? 'article' : 'website'),
    meta('property', 'og:site_name', t.siteName),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:image', image.url),
    meta('property', 'og:image:width', String(image.width)),
    meta('property', 'og:image:height', String(image.height)),
    ...(image.alt ? [meta('property', 'og:image:alt', image.alt)] : []),
    meta('property', 'og:locale', EDITIONS[article?.lang ?? lang].ogLocale),
  );
  for (const translation of input.translations) {
    tags.push(meta('property', 'og:locale:alternate', EDITIONS[translation.lang].ogLocale));
  }
  tags.push(
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', image.url),
    ...(image.alt ? [meta('name', 'twitter:image:alt', image.alt)] : []),
  );
  if (article) {
    tags.push(
      meta('property', 'article:published_time', article.publishedAt),
      meta('property', 'article:modified_time', article.updatedAt ?? article.publishedAt),
      `<script type="application/ld+json">${jsonForScript(newsArticleJsonLd(article, input, image, lead))}</script>`,
    );
  }
  return tags.join('');
}
