import * as v from 'valibot';
import {
  DateTimeSchema,
  IdSchema,
  LangSchema,
  LinkHrefSchema,
  MediaSrcSchema,
  PositiveIntSchema,
  RubricSchema,
  SlugSchema,
  TextSchema,
} from '../lib/schema-primitives.ts';

/**
 * An article's fields, for the addresses they are given: the content build holds links and
 * pictures to safe URLs (an editor hears of a bad one), while the reader takes any string and
 * lets the view drop what is unsafe, so one bad link from a CMS does not withhold a whole story
 * (docs/decisions/009-unsafe-addresses-in-stories.md).
 */
function articleFields(linkHref: v.GenericSchema<string>, mediaSrc: v.GenericSchema<string>) {
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

  const ImageSchema = v.object({
    type: v.literal('image'),
    src: mediaSrc,
    /** Required: every picture is described. An empty string marks a purely decorative one. */
    alt: v.string(),
    width: PositiveIntSchema,
    height: PositiveIntSchema,
    /** Other widths of the same picture, for phones and desktops (srcset). */
    sources: v.optional(v.array(ImageSourceSchema)),
    caption: v.optional(TextSchema),
    credit: v.optional(TextSchema),
  });

  const BlockSchema = v.variant(
    'type',
    [ParagraphSchema, SubheadingSchema, QuoteSchema, ImageSchema],
    'must be a paragraph, subheading, quote or image block',
  );

  return v.object({
    id: IdSchema,
    lang: LangSchema,
    slug: SlugSchema,
    title: TextSchema,
    lead: v.optional(TextSchema),
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
    /**
     * Breaking news: for a few hours after its publication (`breakingHours` in the site's
     * settings) a banner on every page of its edition links to it.
     */
    breaking: v.optional(v.boolean()),
    /** What the newsroom corrected in the story, oldest first: when, and what. */
    corrections: v.optional(
      v.pipe(
        v.array(v.object({ date: DateTimeSchema, text: TextSchema })),
        v.minLength(1, 'leave corrections out rather than empty'),
      ),
    ),
  });
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

export type Article = v.InferOutput<typeof ArticleSchema>;
export type Block = Article['body'][number];
export type Run = Extract<Block, { type: 'paragraph' }>['runs'][number];
export type ImageBlock = Extract<Block, { type: 'image' }>;

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
