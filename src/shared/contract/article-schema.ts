import * as v from 'valibot';
import {
  DateTimeSchema,
  HexColorSchema,
  IdSchema,
  LangSchema,
  LinkHrefSchema,
  MediaSrcSchema,
  PositiveIntSchema,
  RubricSchema,
  SlugSchema,
  TextSchema,
} from '../lib/schema-primitives.ts';
import { safeMediaSrc } from '../lib/safe-url.ts';

/**
 * An article's fields, for the addresses they are given: the content build holds links and
 * pictures to safe URLs (an editor hears of a bad one), while the reader takes any string and
 * lets the view drop what is unsafe, so one bad link from a CMS does not withhold a whole story
 * (docs/decisions/009-unsafe-addresses-in-stories.md).
 */
function articleParts(linkHref: v.GenericSchema<string>, mediaSrc: v.GenericSchema<string>) {
  /** A stretch of paragraph text, optionally a link. */
  const RunSchema = v.object({
    text: v.pipe(v.string(), v.nonEmpty('must not be empty')),
    href: v.optional(linkHref),
    emphasis: v.optional(v.boolean()),
    strong: v.optional(v.boolean()),
  });

  const ParagraphSchema = v.object({
    type: v.literal('paragraph'),
    runs: v.pipe(v.array(RunSchema), v.minLength(1, 'a paragraph needs at least one run')),
  });

  const SubheadingSchema = v.object({
    type: v.literal('subheading'),
    text: TextSchema,
  });

  const QuoteSchema = v.object({
    type: v.literal('quote'),
    text: TextSchema,
    cite: v.optional(TextSchema),
  });

  const ImageSourceSchema = v.object({
    src: mediaSrc,
    width: PositiveIntSchema,
  });

  /**
   * A picture as the reader gets it: an address that works as it is (`src`), its size (so its
   * box is kept before it arrives), the same picture at other widths in the format of `src`
   * (`sources`, for srcset) and in AVIF (`avif`), and its dominant colour, shown until it comes.
   * The build fills these in for a newsroom's own photo (docs/api.md).
   */
  const pictureEntries = {
    src: mediaSrc,
    /** Required: every picture is described. Empty only for a `decorative` one. */
    alt: v.string(),
    decorative: v.optional(v.boolean()),
    width: PositiveIntSchema,
    height: PositiveIntSchema,
    /** Other widths of the same picture, for phones and desktops (srcset). */
    sources: v.optional(v.array(ImageSourceSchema)),
    /** The same widths in AVIF, offered first to browsers that read it. */
    avif: v.optional(v.array(ImageSourceSchema)),
    /** Its dominant colour, `#rrggbb`, the placeholder until it arrives. */
    color: v.optional(HexColorSchema),
    caption: v.optional(TextSchema),
    credit: v.optional(TextSchema),
  };

  /**
   * A story's own picture, shown above its text, in feeds and in link previews: `preview` is
   * the 1200x630 JPEG crop link previews show, `crops` the 16:9, 4:3 and 1:1 crops for search
   * engines.
   */
  const LeadImageSchema = v.object({
    ...pictureEntries,
    preview: v.optional(
      v.object({ src: mediaSrc, width: PositiveIntSchema, height: PositiveIntSchema }),
    ),
    crops: v.optional(v.object({ '16x9': mediaSrc, '4x3': mediaSrc, '1x1': mediaSrc })),
  });

  return {
    ParagraphSchema,
    SubheadingSchema,
    QuoteSchema,
    ImageSourceSchema,
    ImageSchema: v.object({ type: v.literal('image'), ...pictureEntries }),
    LeadImageSchema,
  };
}

/** An article's fields, around its blocks and its lead picture as given (see articleParts). */
function articleObject<const Blocks extends v.VariantOptions<'type'>, Lead extends v.GenericSchema>(
  blocks: Blocks,
  lead: Lead,
) {
  const BlockSchema = v.variant(
    'type',
    blocks,
    'must be a paragraph, subheading, quote or image block',
  );

  return v.object({
    id: IdSchema,
    lang: LangSchema,
    slug: SlugSchema,
    title: TextSchema,
    lead: v.optional(TextSchema),
    /** The story's own picture (docs/api.md). */
    image: v.optional(lead),
    publishedAt: DateTimeSchema,
    updatedAt: v.optional(DateTimeSchema),
    /** The dateline: where the story happened. */
    place: v.optional(TextSchema),
    /** Where the newsroom had it from, e.g. "пресс-служба МИД КР". */
    source: v.optional(TextSchema),
    rubric: v.optional(RubricSchema),
    body: v.pipe(v.array(BlockSchema), v.minLength(1, 'an article needs at least one block')),
    tags: v.optional(v.array(TextSchema)),
    /** The same story in the other editions: language → article id. */
    translations: v.optional(v.record(LangSchema, IdSchema), {}),
  });
}

/** A picture of the newsroom's own: a file under the content's `media/` folder. */
export function isLocalPicture(src: string): boolean {
  return /^media\/[^\\?#]+$/.test(src) && !src.split('/').some((part) => part.startsWith('.'));
}

/**
 * Pictures as content gives them: a photo under `media/` by its file alone (the build reads its
 * size and makes its variants, scripts/pictures/), a picture elsewhere with its size as before.
 * `alt` may be empty only for a picture marked decorative.
 */
function sourcePictures(imageSource: v.GenericSchema<{ src: string; width: number }>) {
  const entries = {
    src: v.pipe(
      v.string(),
      v.check(
        (value) => isLocalPicture(value) || safeMediaSrc(value) !== undefined,
        'must be a file under media/ or an https URL',
      ),
    ),
    alt: v.string(),
    decorative: v.optional(v.boolean()),
    width: v.optional(PositiveIntSchema),
    height: v.optional(PositiveIntSchema),
    sources: v.optional(v.array(imageSource)),
    caption: v.optional(TextSchema),
    credit: v.optional(TextSchema),
  };
  const ImageObject = v.object({ type: v.literal('image'), ...entries });
  const LeadObject = v.object(entries);
  return {
    image: v.pipe(
      ImageObject,
      v.forward(
        v.check((input) => described(input), NOT_DESCRIBED),
        ['alt'],
      ),
      v.forward(
        v.check((input) => sizeNotTyped('width')(input), READ_FROM_FILE),
        ['width'],
      ),
      v.forward(
        v.check((input) => sizeNotTyped('height')(input), READ_FROM_FILE),
        ['height'],
      ),
      v.forward(
        v.check((input) => sizeNotTyped('sources')(input), READ_FROM_FILE),
        ['sources'],
      ),
      v.forward(
        v.check((input) => sizeGiven('width')(input), 'must be given'),
        ['width'],
      ),
      v.forward(
        v.check((input) => sizeGiven('height')(input), 'must be given'),
        ['height'],
      ),
    ),
    lead: v.pipe(
      LeadObject,
      v.forward(
        v.check((input) => described(input), NOT_DESCRIBED),
        ['alt'],
      ),
      v.forward(
        v.check((input) => sizeNotTyped('width')(input), READ_FROM_FILE),
        ['width'],
      ),
      v.forward(
        v.check((input) => sizeNotTyped('height')(input), READ_FROM_FILE),
        ['height'],
      ),
      v.forward(
        v.check((input) => sizeNotTyped('sources')(input), READ_FROM_FILE),
        ['sources'],
      ),
      v.forward(
        v.check((input) => sizeGiven('width')(input), 'must be given'),
        ['width'],
      ),
      v.forward(
        v.check((input) => sizeGiven('height')(input), 'must be given'),
        ['height'],
      ),
    ),
  };
}

interface PictureInput {
  src: string;
  alt: string;
  decorative?: boolean | undefined;
  width?: number | undefined;
  height?: number | undefined;
  sources?: unknown;
}

const NOT_DESCRIBED = 'must say what the picture shows (empty only with "decorative": true)';
const READ_FROM_FILE = 'is read from the picture file: leave it out';

function described(input: PictureInput): boolean {
  return input.alt.trim() !== '' || input.decorative === true;
}

/** A photo of the newsroom's own has its size read from its file, never typed. */
function sizeNotTyped(field: 'width' | 'height' | 'sources') {
  return (input: PictureInput) => !isLocalPicture(input.src) || input[field] === undefined;
}

/** Any other picture's size is given, so that its box is kept before it arrives. */
function sizeGiven(field: 'width' | 'height') {
  return (input: PictureInput) => isLocalPicture(input.src) || input[field] !== undefined;
}

/** An article's fields, for the addresses they are given (see articleParts). */
function articleFields(linkHref: v.GenericSchema<string>, mediaSrc: v.GenericSchema<string>) {
  const parts = articleParts(linkHref, mediaSrc);
  return articleObject(
    [parts.ParagraphSchema, parts.SubheadingSchema, parts.QuoteSchema, parts.ImageSchema],
    parts.LeadImageSchema,
  );
}

/** The fields of a story as content writes it: its own photos by their files (sourcePictures). */
function sourceArticleFields() {
  const parts = articleParts(LinkHrefSchema, MediaSrcSchema);
  const pictures = sourcePictures(parts.ImageSourceSchema);
  return articleObject(
    [parts.ParagraphSchema, parts.SubheadingSchema, parts.QuoteSchema, pictures.image],
    pictures.lead,
  );
}

function article(fields: ReturnType<typeof articleFields>) {
  return v.pipe(
    fields,
    v.forward(
      v.check(
        (input) => input.translations[input.lang] === undefined,
        'an article cannot be its own translation',
      ),
      ['translations'],
    ),
  );
}

/** An article's fields as the reader accepts them; feeds pick theirs from here. */
export const ArticleFieldsSchema = /* @__PURE__ */ articleFields(v.string(), v.string());

/**
 * A story as the reader accepts it from the API: an unsafe link or picture address does not
 * fail the story; ArticleBody drops it (src/shared/lib/safe-url.ts).
 */
export const ReaderArticleSchema = /* @__PURE__ */ article(ArticleFieldsSchema);

/** A story as the newsroom may publish it: content and the build are held to this. */
export const ArticleSchema = /* @__PURE__ */ article(
  /* @__PURE__ */ articleFields(LinkHrefSchema, MediaSrcSchema),
);

/**
 * A story as the newsroom writes it in content/: the same, but a photo of its own is named by
 * its file under media/, and the build fills in the rest (scripts/pictures/).
 */
export const SourceArticleSchema = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ sourceArticleFields(),
  v.forward(
    v.check(
      (input) => input.translations[input.lang] === undefined,
      'an article cannot be its own translation',
    ),
    ['translations'],
  ),
);

export type Article = v.InferOutput<typeof ArticleSchema>;
export type SourceArticle = v.InferOutput<typeof SourceArticleSchema>;
export type SourceImageBlock = Extract<SourceArticle['body'][number], { type: 'image' }>;
export type SourcePicture = NonNullable<SourceArticle['image']>;
export type Block = Article['body'][number];
export type Run = Extract<Block, { type: 'paragraph' }>['runs'][number];
export type ImageBlock = Extract<Block, { type: 'image' }>;
export type LeadImage = NonNullable<Article['image']>;

/**
 * A story's address: its id, edition and slug, what linking to it takes. The language switch
 * and a page's hreflang alternates need no more of a translation than this.
 */
export const ArticleAddressSchema = /* @__PURE__ */ v.pick(ArticleFieldsSchema, [
  'id',
  'lang',
  'slug',
]);
export type ArticleAddress = v.InferOutput<typeof ArticleAddressSchema>;

/** A story's address, and nothing else of it. */
export function addressOf({ id, lang, slug }: ArticleAddress): ArticleAddress {
  return { id, lang, slug };
}
