import { queryOptions, type QueryKey } from '@tanstack/react-query';
import * as v from 'valibot';
import { isApiError } from '../../../shared/api/api-error.ts';
import { apiUrl } from '../../../shared/api/api-base.ts';
import { fetchJson } from '../../../shared/api/fetch-json.ts';
import {
  articleFile,
  feedHeadFile,
  feedPageFile,
  relatedFile,
  type Feed,
} from '../../../shared/contract/api-files.ts';
import {
  ArticleAddressSchema,
  ReaderArticleSchema,
} from '../../../shared/contract/article-schema.ts';
import {
  FeedHeadSchema,
  FeedPageSchema,
  RelatedStoriesSchema,
} from '../../../shared/contract/feed-schema.ts';
import { isLang } from '../../../shared/i18n/languages.ts';
import { isRubric } from '../../../shared/i18n/rubrics.ts';

/**
 * Every kind of query the reader makes, each defined once: its key, the API file that answers
 * it and the schema its data is checked with. The browser fetches the file
 * (article-queries.ts, feed-queries.ts); a prerendered page carries the data and the app checks
 * it on arrival (src/app/page-data.ts); the server render reads the file the build wrote
 * (src/entry-server.tsx). Keys go from the general to the specific, so that every feed of an
 * edition, say, can be refreshed at once.
 */
export interface QueryKind<Params, Data> {
  key: (params: Params) => QueryKey;
  /** The parameters of a key of this kind, or undefined for any other key. */
  paramsOf: (key: readonly unknown[]) => Params | undefined;
  file: (params: Params) => string;
  schema: v.GenericSchema<unknown, Data>;
  /** What a missing file means, where it means something (a rubric without stories yet). */
  whenMissing?: (params: Params) => Data | undefined;
  /** The query keeps only part of its file (a story's address): the schema picks that part. */
  narrows?: boolean;
}

const ARTICLES = 'articles';
const FEEDS = 'feeds';

/** A key's last part as a string id or tag key. */
function stringPart(part: unknown): string | undefined {
  return typeof part === 'string' && part !== '' ? part : undefined;
}

function pagePart(part: unknown): number | undefined {
  return typeof part === 'number' && Number.isInteger(part) && part > 0 ? part : undefined;
}

/** A story's kind of query under `articles`, by its id: the story itself, its address… */
function storyKind<Data>(
  name: string,
  file: (id: string) => string,
  schema: v.GenericSchema<unknown, Data>,
  more: Pick<QueryKind<string, Data>, 'whenMissing' | 'narrows'> = {},
): QueryKind<string, Data> {
  return {
    ...more,
    key: (id) => [ARTICLES, name, id],
    paramsOf: (key) =>
      key.length === 3 && key[0] === ARTICLES && key[1] === name ? stringPart(key[2]) : undefined,
    file,
    schema,
  };
}

/** A story, as the reader accepts it. */
export const articleKind = storyKind('detail', articleFile, ReaderArticleSchema);

/**
 * A story's address, what linking to it takes (the language switch to a translation): read from
 * the story's file, keeping only the address. A page that links to the story then carries a
 * few bytes, not the whole story (docs/decisions/019-translations-by-address.md).
 */
export const addressKind = storyKind('address', articleFile, ArticleAddressSchema, {
  narrows: true,
});

/** The stories suggested under a story; none while the API has no list for it. */
export const relatedKind = storyKind('related', relatedFile, RelatedStoriesSchema, {
  whenMissing: () => ({ items: [] }),
});

/** A feed's part of a key: `['feeds', lang, 'latest']`, `['feeds', lang, 'rubrics', rubric]`. */
function feedQueryKey(feed: Feed): QueryKey {
  return feed.kind === 'latest'
    ? [FEEDS, feed.lang, feed.kind]
    : [FEEDS, feed.lang, feed.kind, feed.key];
}

/** The feed a key names, and what follows it. */
function feedOfKey(key: readonly unknown[]): { feed: Feed; rest: readonly unknown[] } | undefined {
  const [feeds, lang, kind, name] = key;
  if (feeds !== FEEDS || !isLang(lang)) return undefined;
  if (kind === 'latest') return { feed: { lang, kind }, rest: key.slice(3) };
  if (kind === 'rubrics' && isRubric(name))
    return { feed: { lang, kind, key: name }, rest: key.slice(4) };
  const tag = stringPart(name);
  if (kind === 'tags' && tag !== undefined)
    return { feed: { lang, kind, key: tag }, rest: key.slice(4) };
  return undefined;
}

const HEAD = 'head';
const PAGE = 'page';

/**
 * A feed's newest stories. A missing rubric's or tag's means "no stories yet" (a CMS may
 * publish a feed only once it has a story); an edition's latest stories are always published.
 */
export const feedHeadKind: QueryKind<Feed, v.InferOutput<typeof FeedHeadSchema>> = {
  key: (feed) => [...feedQueryKey(feed), HEAD],
  paramsOf: (key) => {
    const found = feedOfKey(key);
    return found?.rest.length === 1 && found.rest[0] === HEAD ? found.feed : undefined;
  },
  file: feedHeadFile,
  schema: FeedHeadSchema,
  whenMissing: (feed) => (feed.kind === 'latest' ? undefined : emptyHead(feed)),
};

/** What an optional feed's missing head means: a feed with no stories yet. */
export function emptyHead(feed: Feed): v.InferOutput<typeof FeedHeadSchema> {
  return { lang: feed.lang, items: [] };
}

/** A page of a feed's archive. */
export const feedPageKind: QueryKind<
  { feed: Feed; page: number },
  v.InferOutput<typeof FeedPageSchema>
> = {
  key: ({ feed, page }) => [...feedQueryKey(feed), PAGE, page],
  paramsOf: (key) => {
    const found = feedOfKey(key);
    const page = pagePart(found?.rest[1]);
    return found?.rest.length === 2 && found.rest[0] === PAGE && page !== undefined
      ? { feed: found.feed, page }
      : undefined;
  },
  file: ({ feed, page }) => feedPageFile(feed, page),
  schema: FeedPageSchema,
};

/** The key prefix of every feed of an edition. */
export function editionFeedsKey(lang: Feed['lang']): QueryKey {
  return [FEEDS, lang];
}

/** The key prefix of every feed. */
export const ALL_FEEDS_KEY: QueryKey = [FEEDS];

/** A query of any kind, by its key: the file that answers it and how its data is checked. */
export interface KnownQuery {
  file: string;
  schema: v.GenericSchema<unknown, unknown>;
  whenMissing: () => unknown;
  /**
   * The query's data from a file the build itself wrote (validated at its source, the content):
   * as it is, or the part the query keeps.
   */
  fromBuild: (file: unknown) => unknown;
}

function known<Params, Data>(kind: QueryKind<Params, Data>) {
  return (key: readonly unknown[]): KnownQuery | undefined => {
    const params = kind.paramsOf(key);
    if (params === undefined) return undefined;
    const { whenMissing } = kind;
    return {
      file: kind.file(params),
      schema: kind.schema,
      whenMissing: () => whenMissing?.(params),
      fromBuild: kind.narrows ? (file) => v.parse(kind.schema, file) : (file) => file,
    };
  };
}

const KINDS = [
  known(articleKind),
  known(addressKind),
  known(relatedKind),
  known(feedHeadKind),
  known(feedPageKind),
];

/** The kind of query a key belongs to, or undefined for a key of no kind the API answers. */
export function knownQuery(key: readonly unknown[]): KnownQuery | undefined {
  for (const kind of KINDS) {
    const found = kind(key);
    if (found) return found;
  }
  return undefined;
}

/** Fetches a query's file from the API and checks it with its kind's schema. */
export async function fetchKind<Params, Data>(
  kind: QueryKind<Params, Data>,
  params: Params,
  signal?: AbortSignal,
): Promise<Data> {
  try {
    return await fetchJson(apiUrl(kind.file(params)), kind.schema, { signal });
  } catch (error) {
    const missing =
      isApiError(error) && error.kind === 'not-found' ? kind.whenMissing?.(params) : undefined;
    if (missing === undefined) throw error;
    return missing;
  }
}

/** The query options of one query of a kind. */
export function kindQuery<Params, Data>(
  kind: QueryKind<Params, Data>,
  params: Params,
  staleTime: number,
) {
  return queryOptions({
    queryKey: kind.key(params),
    queryFn: ({ signal }) => fetchKind(kind, params, signal),
    staleTime,
  });
}
