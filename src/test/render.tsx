import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { EditionProvider } from '../shared/i18n/edition-context.tsx';
import type { Lang } from '../shared/i18n/languages.ts';

// Role queries over a whole page are slow in jsdom, slower still with every test file running
// at once: give findBy* and waitFor more than the default second before they give up.
configure({ asyncUtilTimeout: 5000 });

/** A query client for tests: no retries, nothing collected or refetched behind the test's back. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Infinity, staleTime: Infinity },
    },
  });
}

interface RenderOptions {
  /** The edition the UI speaks. */
  lang?: Lang;
  /** Where the memory history starts; the last entry is current unless initialIndex says. */
  initialEntries?: string[];
  initialIndex?: number;
  queryClient?: QueryClient;
}

type RouteInput = { ui: ReactNode; routes?: undefined } | { routes: RouteObject[]; ui?: undefined };

/**
 * Renders inside the app's providers and a memory data router. Pass `ui` to render one
 * element at every address, or `routes` for a route tree of your own.
 */
export function renderWithProviders(
  input: RouteInput,
  { lang = 'ru', initialEntries = ['/'], initialIndex, queryClient }: RenderOptions = {},
) {
  const client = queryClient ?? createTestQueryClient();
  const routes = input.routes ?? [{ path: '*', element: input.ui }];
  const router = createMemoryRouter(routes, {
    initialEntries,
    ...(initialIndex === undefined ? {} : { initialIndex }),
  });
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={client}>
      <EditionProvider lang={lang}>
        <RouterProvider router={router} />
      </EditionProvider>
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient: client, user };
}
