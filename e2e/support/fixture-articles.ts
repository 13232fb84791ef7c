/**
 * Stories the end-to-end suite publishes beside the shipped content (see generate-content.ts).
 * Tests import the ids, slugs and texts from here, so the data and the assertions agree.
 */

/** Where generate-content.ts writes the fixture articles; the build reads it via CONTENT_DIRS. */
export const FIXTURE_CONTENT_DIR = 'e2e/.generated/content';

const FIRST_ID = 9001;
const COUNT = 25;

export interface FixtureParagraph {
  type: 'paragraph';
  runs: { text: string }[];
}

export interface FixtureImage {
  type: 'image';
  src: string;
  alt: string;
  width: number;
  height: number;
  sources: { src: string; width: number }[];
  caption: string;
  credit: string;
}

/** The newsroom's rubrics, as content names them. */
export type Rubric = 'politics' | 'economy' | 'society' | 'world' | 'culture' | 'sport';

export interface FixtureArticle {
  id: string;
  lang: 'ru' | 'ky';
  slug: string;
  title: string;
  lead?: string;
  publishedAt: string;
  place: string;
  source: string;
  rubric: Rubric;
  tags: string[];
  body: (FixtureParagraph | FixtureImage)[];
  image?: { src: string; alt: string; caption: string; credit: string };
}

function paragraph(text: string): FixtureParagraph {
  return { type: 'paragraph', runs: [{ text }] };
}

function fillerParagraphs(id: number, count: number): FixtureParagraph[] {
  return Array.from({ length: count }, (_, index) =>
    paragraph(
      `Абзац ${index + 1} новости ${id}. Корреспондент передаёт подробности с места событий: ` +
        'участники встречи обсудили планы на ближайший месяц, а представители городских служб ' +
        'ответили на вопросы жителей о работе транспорта, отоплении и ремонте дорог.',
    ),
  );
}

/** Published in February 2018 (newer than the 2017 seed story), one day apart, 9025 newest. */
function publishedAtOf(id: number): string {
  const day = String(id - FIRST_ID + 1).padStart(2, '0');
  return `2018-02-${day}T09:30:00+06:00`;
}

export const IMAGE_ALT = 'Логотип редакции: белая буква N на синем фоне';

/** A story with a picture after its third paragraph. */
export const IMAGE_ARTICLE = {
  id: '9023',
  slug: 'v-bishkeke-otkrylas-fotovystavka',
  title: 'В Бишкеке открылась фотовыставка о жизни горных сёл',
  image: {
    type: 'image',
    src: '/favicon.svg',
    alt: IMAGE_ALT,
    width: 640,
    height: 640,
    sources: [
      { src: '/favicon.svg?w=320', width: 320 },
      { src: '/favicon.svg?w=640', width: 640 },
    ],
    caption: 'Эмблема редакции на стенде выставки.',
    credit: 'редакция',
  } satisfies FixtureImage,
} as const;

/**
 * A story with a photo of the newsroom's own as its lead picture: a file under media/ (drawn by
 * generate-content.ts), which the build makes into its variants.
 */
export const PHOTO_ARTICLE = {
  id: '9021',
  slug: 'testovaya-novost-9021',
  image: {
    src: 'media/ploshchad.jpg',
    alt: 'Площадь с фонтаном в сумерках',
    caption: 'Площадь в центре города.',
    credit: 'Айбек Осмонов',
  },
  /** The photo's size as drawn: 2400 x 1600. */
  width: 2400,
  height: 1600,
} as const;

/** A story many screens long, for the floating "to top" button. */
export const LONG_ARTICLE = {
  id: '9024',
  slug: 'bolshoe-intervyu-s-glavoy-gorodskoy-upravy',
  title: 'Большое интервью с главой городской управы',
  paragraphs: 40,
} as const;

/** A Russian story with no Kyrgyz translation. */
export const RUSSIAN_ONLY_ARTICLE = {
  id: '9022',
  slug: 'v-oshe-proshla-yarmarka-remeslennikov',
  title: 'В Оше прошла ярмарка ремесленников',
} as const;

/**
 * The Russian stories' rubrics: a few in politics, economy and culture, and the other 21 in
 * society, which therefore has a second page. No Russian story is in world or sport.
 */
const RUBRIC_OF: Readonly<Record<string, Rubric>> = {
  '9021': 'politics',
  '9022': 'economy',
  '9023': 'culture',
  '9024': 'politics',
};

/** Tags shared across rubrics, for related stories; a story's third tag is never asked about. */
const TAGS_OF: Readonly<Record<string, string[]>> = {
  '9001': ['транспорт'],
  '9005': ['мэрия'],
  '9010': ['транспорт'],
  '9012': ['Ош'],
  '9015': ['транспорт'],
  '9016': ['мэрия'],
  '9020': ['интервью'],
  '9022': ['ярмарка', 'Ош'],
  '9023': ['фотовыставка'],
  '9024': ['мэрия', 'транспорт', 'интервью'],
};

function articleFor(id: number): FixtureArticle {
  const base = {
    id: String(id),
    lang: 'ru' as const,
    publishedAt: publishedAtOf(id),
    place: 'Бишкек',
    source: 'корреспондент редакции',
    rubric: RUBRIC_OF[String(id)] ?? 'society',
    tags: TAGS_OF[String(id)] ?? [],
  };
  switch (base.id) {
    case IMAGE_ARTICLE.id: {
      const paragraphs = fillerParagraphs(id, 6);
      return {
        ...base,
        slug: IMAGE_ARTICLE.slug,
        title: IMAGE_ARTICLE.title,
        lead: 'На выставке представлены более ста снимков из отдалённых районов страны.',
        body: [...paragraphs.slice(0, 3), IMAGE_ARTICLE.image, ...paragraphs.slice(3)],
      };
    }
    case LONG_ARTICLE.id:
      return {
        ...base,
        slug: LONG_ARTICLE.slug,
        title: LONG_ARTICLE.title,
        body: fillerParagraphs(id, LONG_ARTICLE.paragraphs),
      };
    case RUSSIAN_ONLY_ARTICLE.id:
      return {
        ...base,
        place: 'Ош',
        slug: RUSSIAN_ONLY_ARTICLE.slug,
        title: RUSSIAN_ONLY_ARTICLE.title,
        body: fillerParagraphs(id, 3),
      };
    default:
      return {
        ...base,
        ...(base.id === PHOTO_ARTICLE.id ? { image: { ...PHOTO_ARTICLE.image } } : {}),
        slug: `testovaya-novost-${id}`,
        title: `Тестовая новость ${id}: городские службы отчитались о работе за неделю`,
        ...(id % 2 === 0
          ? { lead: `Краткое изложение новости ${id}: главное в двух предложениях.` }
          : {}),
        body: fillerParagraphs(id, 3),
      };
  }
}

/**
 * Older Russian stories, 8001 to 8020, published in January 2018 (between the seed story and
 * 9001), all in society: with them each edition's archive and the society rubric's run to
 * three pages, so that both ends of an archive and its middle can be visited.
 */
const ARCHIVE_FIRST_ID = 8001;
const ARCHIVE_COUNT = 20;

function archiveArticle(id: number): FixtureArticle {
  return {
    id: String(id),
    lang: 'ru',
    slug: `arhivnaya-novost-${id}`,
    title: `Архивная новость ${id}: итоги недели в столице`,
    publishedAt: `2018-01-${String(id - ARCHIVE_FIRST_ID + 1).padStart(2, '0')}T09:30:00+06:00`,
    place: 'Бишкек',
    source: 'корреспондент редакции',
    rubric: 'society',
    tags: [],
    body: fillerParagraphs(id, 2),
  };
}

/**
 * The Russian fixture stories: 8001 to 8020 (January 2018), then 9001 to 9025 (February 2018,
 * 9025 the newest), all newer than the seed story.
 */
export const FIXTURE_ARTICLES: readonly FixtureArticle[] = [
  ...Array.from({ length: ARCHIVE_COUNT }, (_, index) => archiveArticle(ARCHIVE_FIRST_ID + index)),
  ...Array.from({ length: COUNT }, (_, index) => articleFor(FIRST_ID + index)),
];

function kyrgyzArticle(
  id: string,
  day: number,
  fields: Pick<FixtureArticle, 'slug' | 'title' | 'rubric' | 'tags'>,
): FixtureArticle {
  return {
    id,
    lang: 'ky',
    publishedAt: `2017-06-0${day}T10:00:00+06:00`,
    place: 'Бишкек',
    source: 'редакциянын кабарчысы',
    ...fields,
    body: [
      paragraph(
        `${fields.title}. Кабарчы окуя болгон жерден маалымат берет: катышуучулар ` +
          'жакынкы айдагы пландарды талкуулашты.',
      ),
    ],
  };
}

/**
 * A few Kyrgyz stories without translations, older than the Kyrgyz seed story (so it stays first
 * on the Kyrgyz front page): two in economy, one in politics beside the seed.
 */
export const KY_FIXTURE_ARTICLES: readonly FixtureArticle[] = [
  kyrgyzArticle('9101', 1, {
    slug: 'bishkekte-zhangy-bazar-achyldy',
    title: 'Бишкекте жаңы базар ачылды',
    rubric: 'economy',
    tags: ['соода'],
  }),
  kyrgyzArticle('9102', 2, {
    slug: 'okmot-kichi-bizneske-zhengildik-berdi',
    title: 'Өкмөт кичи бизнеске жеңилдик берди',
    rubric: 'economy',
    tags: ['соода'],
  }),
  kyrgyzArticle('9103', 3, {
    slug: 'zhogorku-kengesh-zhangy-myyzamdy-kabyl-aldy',
    title: 'Жогорку Кеңеш жаңы мыйзамды кабыл алды',
    rubric: 'politics',
    tags: ['ИКУ'],
  }),
];

/**
 * The shipped seed story (content/articles/1001.json) and its Kyrgyz translation (1002.json),
 * both in politics; the Russian one is tagged "ОИС" and "МИД КР", the Kyrgyz one "ИКУ".
 */
export const SEED_RU = {
  id: '1001',
  slug: 'kyrgyzstanskie-diplomaty-provodyat-vstrechi-na-polyah-44-y-sessii-smid-ois',
  title: 'Кыргызстанские дипломаты проводят встречи на полях 44-й сессии СМИД ОИС',
  path: '/ru/news/1001/kyrgyzstanskie-diplomaty-provodyat-vstrechi-na-polyah-44-y-sessii-smid-ois',
  publishedAt: '2017-07-12T00:00:00+06:00',
} as const;

export const SEED_KY = {
  id: '1002',
  slug: 'kyrgyzstandyk-diplomattar-ikunun-tyshky-ishter-ministrlerinin-kengeshinin-44-sessiyasynyn',
  title:
    'Кыргызстандык дипломаттар ИКУнун тышкы иштер министрлеринин кеңешинин 44-сессиясынын кулуарында жолугушууларды өткөрүүдө',
  path: '/ky/news/1002/kyrgyzstandyk-diplomattar-ikunun-tyshky-ishter-ministrlerinin-kengeshinin-44-sessiyasynyn',
  publishedAt: '2017-07-12T00:00:00+06:00',
} as const;

export function fixturePath(
  lang: 'ru' | 'ky',
  article: { readonly id: string; readonly slug: string },
): string {
  return `/${lang}/news/${article.id}/${article.slug}`;
}
