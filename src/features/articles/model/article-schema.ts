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

/** A stretch of paragraph text, optionally a link. */
const RunSchema = v.object({
  text: v.pipe(v.string(), v.nonEmpty('must not be empty')),
  href: v.optional(LinkHrefSchema),
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
  src: MediaSrcSchema,
  width: PositiveIntSchema,
});

const ImageSchema = v.object({
  type: v.literal('image'),
  src: MediaSrcSchema,
  /** Required: every picture is described. An empty string marks a purely decorative one. */
  alt: v.string(),
  width: PositiveIntSchema,
  height: PositiveIntSchema,
  /** Other widths of the same picture, for phones and desktops (srcset). */
  sources: v.optional(v.array(ImageSourceSchema)),
  caption: v.optional(TextSchema),
  credit: v.optional(TextSchema),
});

export const BlockSchema = v.variant(
  'type',
  [ParagraphSchema, SubheadingSchema, QuoteSchema, ImageSchema],
  'must be a paragraph, subheading, quote or image block',
);

/** An article's fields; feeds pick theirs from here so the two never disagree. */
export const ArticleFieldsSchema = v.object({
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

export const ArticleSchema = v.pipe(
  ArticleFieldsSchema,
  v.forward(
    v.check(
      (article) => article.translations[article.lang] === undefined,
      'an article cannot be its own translation',
    ),
    ['translations'],
  ),
);

export type Article = v.InferOutput<typeof ArticleSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type Run = v.InferOutput<typeof RunSchema>;
export type ImageBlock = v.InferOutput<typeof ImageSchema>;
