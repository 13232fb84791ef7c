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
} from '../../../shared/lib/schema-primitives.ts';

/**
 * The article schemas, for the addresses they are given: the content build holds links and
 * pictures to safe URLs (an editor hears of a bad one), while the reader takes any string and
 * lets the view drop what is unsafe, so one bad link from a CMS does not withhold a whole story.
 */
function articleSchemas(linkHref: v.GenericSchema<string>, mediaSrc: v.GenericSchema<string>) {
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

  /** An article's fields; feeds pick theirs from here so the two never disagree. */
  const ArticleFieldsSchema = v.object({
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
  });

  const ArticleSchema = v.pipe(
    ArticleFieldsSchema,
    v.forward(
      v.check(
        (article) => article.translations[article.lang] === undefined,
        'an article cannot be its own translation',
      ),
      ['translations'],
    ),
  );

  return { ArticleSchema, ArticleFieldsSchema, BlockSchema, ImageSchema, RunSchema };
}

const content = /* @__PURE__ */ articleSchemas(LinkHrefSchema, MediaSrcSchema);
const reader = /* @__PURE__ */ articleSchemas(v.string(), v.string());

/** A story as the newsroom may publish it: content and the build are held to this. */
export const ArticleSchema = content.ArticleSchema;
/**
 * A story as the reader accepts it from the API: like ArticleSchema, but an unsafe link or
 * picture address does not fail the story; ArticleBody drops it (safe-url.ts).
 */
export const ReaderArticleSchema = reader.ArticleSchema;
/** The fields a feed picks from; a feed carries no addresses, so either schema's will do. */
export const ArticleFieldsSchema = reader.ArticleFieldsSchema;

export type Article = v.InferOutput<typeof ArticleSchema>;
export type Block = v.InferOutput<typeof content.BlockSchema>;
export type Run = v.InferOutput<typeof content.RunSchema>;
export type ImageBlock = v.InferOutput<typeof content.ImageSchema>;
