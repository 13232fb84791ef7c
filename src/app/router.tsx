import type { QueryClient } from '@tanstack/react-query';
import { replace, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { articleLoader, ArticleRoute } from '../features/articles/routes/article-route.tsx';
import { feedLoader, FeedRoute } from '../features/articles/routes/feed-route.tsx';
import { ArticleSkeleton, FeedSkeleton } from '../features/articles/components/skeletons.tsx';
import type { Article } from '../shared/contract/article-schema.ts';
import { preferredEdition } from '../features/editions/preferred-edition.ts';
import { BackLink } from '../features/navigation/back-link.tsx';
import { ToTopLink } from '../features/navigation/to-top.tsx';
import { ShareStory } from '../features/share/share-story.tsx';
import { TextSizeSlot } from '../features/text-size/text-size-slot.tsx';
import { useEdition } from '../shared/i18n/edition-context.tsx';
import { loadCatalogue } from '../shared/i18n/catalogues.ts';
import { DEFAULT_LANG, type Lang } from '../shared/i18n/languages.ts';
import { editionPath, langOfPath, ROUTE_PATTERNS } from '../shared/lib/paths.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';
import { RouteErrorBoundary } from './routes/route-error-boundary.tsx';

const ARTICLE_EXTRAS = {
  controls: <TextSizeSlot />,
  afterStory: (article: Article) => <ShareStory story={article} />,
};

function ArticleEnd() {
  const { t } = useEdition();
  return (
    <nav className="article-end" aria-label={t.articleEndLabel}>
      <ToTopLink />
      <BackLink />
    </nav>
  );
}

/** The edition of the address being loaded, Russian where it names none. */
function editionOf({ url }: LoaderFunctionArgs): Lang {
  return langOfPath(url.pathname) ?? DEFAULT_LANG;
}

/**
 * A page's loader that also loads its edition's strings, so that on the way to the other edition
 * they arrive before it renders. On the page's own route, not a parent's: a parent that loads
 * would stand in for the page's skeleton while a page rendered by the app alone loads.
 */
function withCatalogue<R>(loader: (args: LoaderFunctionArgs) => Promise<R> | R) {
  return async (args: LoaderFunctionArgs): Promise<R> => {
    const catalogue = loadCatalogue(editionOf(args));
    try {
      return await loader(args);
    } finally {
      // A page that fails (not found, offline) says so in its edition's words too.
      await catalogue.catch(() => undefined);
    }
  };
}

const catalogueOnly = withCatalogue(() => null);

/**
 * The route tree, free of browser globals at import time so the same routes can be rendered
 * to HTML at build time. Loaders decide when data loads; the query cache holds it.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const feed = {
    loader: withCatalogue(feedLoader(queryClient)),
    element: <FeedRoute />,
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <FeedSkeleton />,
  };
  return [
    {
      id: 'root',
      element: <AppLayout />,
      errorElement: <RouteErrorBoundary />,
      children: [
        {
          index: true,
          loader: () => replace(editionPath(preferredEdition())),
          // Never shown: the loader always redirects. It keeps the route a complete leaf.
          element: <FeedSkeleton />,
          hydrateFallbackElement: <FeedSkeleton />,
        },
        { path: ROUTE_PATTERNS.front, ...feed },
        { path: ROUTE_PATTERNS.latestPage, ...feed },
        { path: ROUTE_PATTERNS.rubric, ...feed },
        { path: ROUTE_PATTERNS.rubricPage, ...feed },
        {
          id: 'article',
          path: ROUTE_PATTERNS.story,
          loader: withCatalogue(articleLoader(queryClient)),
          element: <ArticleRoute footer={<ArticleEnd />} extras={ARTICLE_EXTRAS} />,
          errorElement: <RouteErrorBoundary />,
          hydrateFallbackElement: <ArticleSkeleton />,
        },
        {
          path: ROUTE_PATTERNS.search,
          // Search's code loads only when a reader opens it (the first-load budget stays).
          lazy: async () => {
            const { searchLoader, SearchRoute } =
              await import('../features/search/routes/search-route.tsx');
            return { loader: withCatalogue(searchLoader(queryClient)), Component: SearchRoute };
          },
          errorElement: <RouteErrorBoundary />,
          // Shown while its code arrives, for a search address opened afresh (see main.tsx).
          hydrateFallbackElement: <FeedSkeleton />,
        },
        { path: '*', loader: catalogueOnly, element: <NotFoundPage /> },
      ],
    },
  ];
}
