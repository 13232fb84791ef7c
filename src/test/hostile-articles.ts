/**
 * Hostile content: what a compromised or careless CMS could serve. Unit tests render it, and the
 * end-to-end suite serves it in place of the API (the content build refuses unsafe addresses, so
 * it never reaches the built API). Plain data, importable from both.
 *
 * Every piece of markup here, if it ever ran, would set `window.__pwned`.
 */
import type { Article, Block } from '../shared/contract/article-schema.ts';
import type { FeedHead } from '../shared/contract/feed-schema.ts';

export const CANARY = '__pwned';

/** Markup in text fields: each must show as the very characters written. */
export const HOSTILE_MARKUP = [
  `<img src=x onerror="window.${CANARY}=1">`,
  `<script>window.${CANARY}=1</script>`,
  `</script><script>window.${CANARY}=1</script><!--`,
  `<svg onload="window.${CANARY}=1"><a xlink:href="javascript:window.${CANARY}=1">`,
  `"><iframe srcdoc="<script>parent.${CANARY}=1</script>"></iframe>`,
  `<a href="javascript:window.${CANARY}=1" onclick="window.${CANARY}=1">`,
  `{{constructor.constructor('window.${CANARY}=1')()}} \${window.${CANARY}=1}`,
] as const;

/** All of the markup at once, for fields that are a single string. */
export const MARKUP_TEXT = HOSTILE_MARKUP.join(' ');

const RUN = `window.${CANARY}=1`;

/**
 * Addresses no link may keep: script and data schemes in any case, behind leading white space
 * and control characters, split by them, entity-encoded (which an attribute set from script
 * never decodes, so they are paths that are not the site's), and other sites dressed as paths.
 */
export const UNSAFE_LINKS = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  ` javascript:${RUN}`,
  `\tjavascript:${RUN}`,
  `\n\njavascript:${RUN}`,
  `\u0000javascript:${RUN}`,
  `\u00a0javascript:${RUN}`,
  `\u200bjavascript:${RUN}`,
  `java\tscript:${RUN}`,
  `java\nscript:${RUN}`,
  `java\rscript:${RUN}`,
  `&#106;avascript:${RUN}`,
  `&#x6A;&#x61;vascript:${RUN}`,
  `javascript&colon;${RUN}`,
  `javascript&#58;${RUN}`,
  `%6A%61vascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+`,
  ` \t data:image/svg+xml,<svg onload="${RUN}">`,
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  '\n vbscript:msgbox(1)',
  '//evil.example/',
  ' //evil.example/',
  '/\\evil.example/',
  '\\\\evil.example\\',
  'relative/path',
  '',
  '   ',
] as const;

/** Picture addresses no `src` or `srcset` may keep: all of the above, and plain http. */
export const UNSAFE_MEDIA = [...UNSAFE_LINKS, 'http://insecure.example/picture.jpg'] as const;

/** A word too long for any screen, with no place to break it. */
export const LONG_WORD = `Сверхдлинноесловобезпробелов${'оченьдлинное'.repeat(40)}`;
export const LONG_URL_TEXT = `https://example.kg/${'a'.repeat(400)}`;
/** Invisible characters and text that runs right to left, mixed into ordinary text. */
export const INVISIBLE_AND_RTL =
  'Нуль\u200bширины\u200c\u200dи\u2060\ufeff \u202eперевёрнутый текст\u202c ' +
  '\u2067عربي\u2069 עברית \u200f.';
export const LONG_PARAGRAPH = Array.from(
  { length: 300 },
  (_, index) => `Предложение номер ${index + 1} очень длинного абзаца.`,
).join(' ');

/** The safe picture of the e2e build (and of any test that needs one that loads). */
export const SAFE_IMAGE_SRC = '/favicon.svg';

function paragraphOf(text: string): Block {
  return { type: 'paragraph', runs: [{ text }] };
}

/** One paragraph per unsafe address: a link that must become plain text. */
export function unsafeLinkText(index: number): string {
  return `Опасная ссылка ${index + 1}`;
}

/** Every text field carrying markup, every address field an unsafe one. */
export const HOSTILE_ARTICLE = {
  id: 'hostile-1',
  lang: 'ru',
  slug: 'hostile',
  title: `Заголовок ${HOSTILE_MARKUP[0]} ${HOSTILE_MARKUP[1]}`,
  lead: `Лид ${MARKUP_TEXT}`,
  publishedAt: '2018-03-01T10:00:00+06:00',
  updatedAt: '2018-03-02T10:00:00+06:00',
  place: `Бишкек ${HOSTILE_MARKUP[3]}`,
  source: `источник ${HOSTILE_MARKUP[5]}`,
  rubric: 'politics',
  tags: [HOSTILE_MARKUP[0], `<b>тег</b>`],
  translations: {},
  body: [
    {
      type: 'image',
      src: SAFE_IMAGE_SRC,
      alt: `Описание ${HOSTILE_MARKUP[0]}`,
      width: 640,
      height: 640,
      sources: UNSAFE_MEDIA.map((src, index) => ({ src, width: 100 + index })),
      caption: `Подпись ${HOSTILE_MARKUP[1]}`,
      credit: `автор ${HOSTILE_MARKUP[4]}`,
    },
    paragraphOf(`Абзац ${MARKUP_TEXT}`),
    {
      type: 'paragraph',
      runs: [
        { text: `Курсив ${HOSTILE_MARKUP[2]}`, emphasis: true },
        { text: `Жирный ${HOSTILE_MARKUP[6]}`, strong: true },
        { text: 'Безопасная ссылка', href: 'https://mfa.gov.kg/' },
      ],
    },
    ...UNSAFE_LINKS.map((href, index): Block => ({
      type: 'paragraph',
      runs: [{ text: unsafeLinkText(index), href }],
    })),
    { type: 'subheading', text: `Подзаголовок ${HOSTILE_MARKUP[4]}` },
    { type: 'quote', text: `Цитата ${HOSTILE_MARKUP[1]}`, cite: `Автор ${HOSTILE_MARKUP[0]}` },
    ...UNSAFE_MEDIA.map((src): Block => ({
      type: 'image',
      src,
      alt: 'Картинка с опасным адресом',
      width: 10,
      height: 10,
      caption: 'Подпись картинки с опасным адресом',
    })),
    paragraphOf(LONG_WORD),
    paragraphOf(LONG_URL_TEXT),
    paragraphOf(INVISIBLE_AND_RTL),
    paragraphOf(LONG_PARAGRAPH),
  ],
} satisfies Article;

export const HUGE_PARAGRAPHS = 5000;

/** A story of 5,000 paragraphs. */
export const HUGE_ARTICLE = {
  id: 'hostile-2',
  lang: 'ru',
  slug: 'huge',
  title: 'Новость из пяти тысяч абзацев',
  publishedAt: '2018-03-01T11:00:00+06:00',
  translations: {},
  body: Array.from({ length: HUGE_PARAGRAPHS }, (_, index) =>
    paragraphOf(`Абзац ${index + 1} из ${HUGE_PARAGRAPHS}. ${index % 50 === 0 ? LONG_WORD : ''}`),
  ),
} satisfies Article;

/** Only what a story must have: no lead, place, source, rubric, tags, update or translations. */
export const MINIMAL_ARTICLE = {
  id: 'hostile-3',
  lang: 'ky',
  slug: 'minimal',
  title: 'Кошумча талаалары жок жаңылык',
  publishedAt: '2018-03-01T12:00:00+06:00',
  body: [
    { type: 'paragraph', runs: [{ text: 'Жалгыз абзац.' }] },
    { type: 'image', src: SAFE_IMAGE_SRC, alt: '', width: 640, height: 640 },
  ],
} satisfies Omit<Article, 'translations'>;

/** A feed whose headlines and leads carry markup, long words and invisible characters. */
export const HOSTILE_FEED: FeedHead = {
  lang: 'ru',
  items: [
    {
      id: HOSTILE_ARTICLE.id,
      lang: 'ru',
      slug: HOSTILE_ARTICLE.slug,
      title: HOSTILE_ARTICLE.title,
      lead: `Лид ${MARKUP_TEXT}`,
      publishedAt: HOSTILE_ARTICLE.publishedAt,
      rubric: 'politics',
    },
    {
      id: HUGE_ARTICLE.id,
      lang: 'ru',
      slug: HUGE_ARTICLE.slug,
      title: LONG_WORD,
      lead: LONG_URL_TEXT,
      publishedAt: HUGE_ARTICLE.publishedAt,
    },
    {
      id: 'hostile-4',
      lang: 'ru',
      slug: 'rtl',
      title: INVISIBLE_AND_RTL,
      publishedAt: '2018-03-01T09:00:00+06:00',
    },
  ],
};

/**
 * What in a rendered page could run script or lead where content must not: elements that carry
 * or load script, event-handler attributes, and any `href`, `src` or `srcset` candidate but an
 * https (links also http, mailto, tel) address or a path of the site; a form, unless it sends to
 * a page of the site (the header's search). Empty when the page is
 * clean. Self-contained, so the end-to-end suite can run it in the page (page.evaluate), and
 * written independently of src/shared/lib/safe-url.ts, so a mistake there does not hide here.
 */
export function findUnsafeMarkup(
  root: Document | Element,
  /** The page's own inline scripts, which its policy allows by hash. */
  allowedInline: readonly string[] = [],
): string[] {
  const isSafe = (value: string, kind: 'link' | 'media'): boolean => {
    if (value !== value.trim() || value === '') return false;
    if (value.startsWith('/')) return !value.startsWith('//') && !value.includes('\\');
    // The app's own in-page links (skip link, to top).
    if (kind === 'link' && /^#[\w-]+$/.test(value)) return true;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
    if (kind === 'media') return scheme === 'https';
    return scheme === 'https' || scheme === 'http' || scheme === 'mailto' || scheme === 'tel';
  };
  const problems: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (['iframe', 'object', 'embed', 'frame', 'base'].includes(tag)) {
      problems.push(`<${tag}> element`);
    }
    // The site's own search form sends to a page of the site; content never makes a form.
    const action = element.getAttribute('action') ?? '';
    if (tag === 'form' && !(action.startsWith('/') && isSafe(action, 'link'))) {
      problems.push('<form> element');
    }
    if (tag === 'script') {
      const type = element.getAttribute('type') ?? '';
      const data = type === 'application/json' || type === 'application/ld+json';
      // The app's own scripts are files of the site; anything inline must be data.
      const own =
        (element.getAttribute('src') ?? '').startsWith('/') ||
        allowedInline.includes(element.textContent);
      if (!data && !own) {
        problems.push(`<script type="${type}">`);
      }
    }
    for (const { name, value } of Array.from(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) problems.push(`${attribute} on <${tag}>`);
      if (['href', 'xlink:href', 'action', 'formaction'].includes(attribute)) {
        if (!isSafe(value, 'link')) problems.push(`${attribute}=${JSON.stringify(value)}`);
      }
      if (['src', 'poster'].includes(attribute) && !isSafe(value, 'media')) {
        problems.push(`${attribute}=${JSON.stringify(value)}`);
      }
      if (attribute === 'srcset') {
        for (const candidate of value.split(/,\s+/)) {
          const address = candidate.trim().split(/\s+/)[0] ?? '';
          if (!isSafe(address, 'media')) problems.push(`srcset ${JSON.stringify(address)}`);
        }
      }
    }
  }
  return problems;
}
