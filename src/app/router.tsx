import type { QueryClient } from '@tanstack/react-query';
import {
  Outlet,
  replace,
  useParams,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router';
import { articleLoader, ArticleRoute } from '../features/articles/routes/article-route.tsx';
import { latestLoader, LatestRoute } from '../features/articles/routes/latest-route.tsx';
import { rubricLoader, RubricRoute } from '../features/articles/routes/rubric-route.tsx';
import { ArticleSkeleton, FeedSkeleton } from '../features/articles/components/skeletons.tsx';
import type { Article } from '../features/articles/model/article-schema.ts';
import { preferredEdition } from '../features/editions/preferred-edition.ts';
import { BackLink } from '../features/navigation/back-link.tsx';
import { ToTopLink } from '../features/navigation/to-top.tsx';
import { ShareStory } from '../features/share/share-story.tsx';
import { TextSizeSlot } from '../features/text-size/text-size-slot.tsx';
import { useEdition } from '../shared/i18n/edition-context.tsx';
import { loadCatalogue } from '../shared/i18n/catalogues.ts';
import { DEFAULT_LANG, isLang, type Lang } from '../shared/i18n/languages.ts';
import { editionPath } from '../shared/lib/paths.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';
import { RouteErrorBoundary } from './routes/route-error-boundary.tsx';

function EditionRoutes() {
  const { lang } = useParams();
  return isLang(lang) ? <Outlet /> : <NotFoundPage />;
}

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

function editionOf(params: LoaderFunctionArgs['params']): Lang {
  return isLang(params.lang) ? params.lang : DEFAULT_LANG;
}

/**
 * A page's loader that also loads its edition's strings, so that on the way to the other edition
 * they arrive before it renders. On the page's own route, not a parent's: a parent that loads
 * would stand in for the page's skeleton while a page rendered by the app alone loads.
 */
function withCatalogue<R>(loader: (args: LoaderFunctionArgs) => Promise<R> | R) {
  return async (args: LoaderFunctionArgs): Promise<R> => {
    const catalogue = loadCatalogue(editionOf(args.params));
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
  const latest = {
    loader: withCatalogue(latestLoader(queryClient)),
    element: <LatestRoute />,
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <FeedSkeleton />,
  };
  const rubric = {
    loader: withCatalogue(rubricLoader(queryClient)),
    element: <RubricRoute />,
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
        {
          path: ':lang',
          element: <EditionRoutes />,
          children: [
            { index: true, ...latest },
            { path: 'page/:page', ...latest },
            { path: 'rubric/:rubric', ...rubric },
            { path: 'rubric/:rubric/page/:page', ...rubric },
            {
              id: 'article',
              path: 'news/:id/:slug?',
              loader: withCatalogue(articleLoader(queryClient)),
              element: <ArticleRoute footer={<ArticleEnd />} extras={ARTICLE_EXTRAS} />,
              errorElement: <RouteErrorBoundary />,
              hydrateFallbackElement: <ArticleSkeleton />,
            },
            { path: '*', loader: catalogueOnly, element: <NotFoundPage /> },
          ],
        },
        { path: '*', loader: catalogueOnly, element: <NotFoundPage /> },
      ],
    },
  ];
}
