import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RouteObject } from 'react-router';
import { ApiError, type ApiErrorKind } from '../../shared/api/api-error.ts';
import { CATALOGUES } from '../../shared/i18n/all-catalogues.ts';
import type { Lang } from '../../shared/i18n/languages.ts';
import { notFound } from '../../shared/lib/route-responses.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';

function Loaded() {
  return <h1>Новость загружена</h1>;
}

function routesWith(loader: () => unknown): RouteObject[] {
  return [
    {
      path: '/:lang/x',
      loader,
      element: <Loaded />,
      errorElement: <RouteErrorBoundary />,
      hydrateFallbackElement: <p>Загрузка</p>,
    },
    { path: '*', element: <p>Другая страница</p> },
  ];
}

function renderFailing(loader: () => unknown, lang: Lang = 'ru') {
  return renderWithProviders(
    { routes: routesWith(loader) },
    { lang, initialEntries: [`/${lang}/x`] },
  );
}

const apiError = (kind: ApiErrorKind) => new ApiError(kind, '/api/v1/x.json', 'test');

const messages: [ApiErrorKind, Lang, string][] = [
  [
    'network',
    'ru',
    'Нет связи с сервером. Проверьте подключение к интернету и попробуйте ещё раз.',
  ],
  ['timeout', 'ru', 'Сервер слишком долго не отвечает. Попробуйте ещё раз.'],
  ['server', 'ru', 'На сервере произошла ошибка. Попробуйте ещё раз чуть позже.'],
  [
    'invalid',
    'ru',
    'Данные пришли в неожиданном виде, поэтому мы их не показываем. Попробуйте позже.',
  ],
  ['network', 'ky', CATALOGUES.ky.errorNetwork],
  ['timeout', 'ky', CATALOGUES.ky.errorTimeout],
  ['server', 'ky', CATALOGUES.ky.errorServer],
  ['invalid', 'ky', CATALOGUES.ky.errorInvalid],
];

describe('RouteErrorBoundary', () => {
  it.each(messages)('explains a %s error in the %s edition', async (kind, lang, message) => {
    renderFailing(() => {
      throw apiError(kind);
    }, lang);
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { level: 1, name: CATALOGUES[lang].errorTitle }),
    ).toBeInTheDocument();
    expect(within(alert).getByText(message)).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: CATALOGUES[lang].retry })).toBeEnabled();
  });

  it('gives each kind of error its own message', () => {
    const ru = messages.filter(([, lang]) => lang === 'ru').map(([, , message]) => message);
    expect(new Set(ru).size).toBe(ru.length);
  });

  it('explains any other failure as unexpected', async () => {
    renderFailing(() => {
      throw new TypeError('x is undefined');
    });
    expect(await screen.findByText('Что-то пошло не так. Попробуйте ещё раз.')).toBeInTheDocument();
    expect(screen.queryByText(/x is undefined/)).not.toBeInTheDocument();
  });

  it('names the page after the error', async () => {
    renderFailing(() => Promise.reject(apiError('server')));
    await screen.findByRole('alert');
    expect(document.title).toBe('Не удалось загрузить — Новости Кыргызстана');
  });

  it.each([
    ['an API not-found error', () => Promise.reject(apiError('not-found'))],
    [
      'a 404 response',
      () => {
        throw notFound();
      },
    ],
  ])('shows the not-found page for %s', async (_case, loader) => {
    const { router, user } = renderFailing(loader);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Страница не найдена' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    const home = screen.getByRole('link', { name: 'Перейти на главную' });
    expect(home).toHaveAttribute('href', '/ru/');
    await user.click(home);
    expect(router.state.location.pathname).toBe('/ru/');
  });

  it('shows the Kyrgyz not-found page in the Kyrgyz edition', async () => {
    renderFailing(() => Promise.reject(apiError('not-found')), 'ky');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Барак табылган жок' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Башкы бетке өтүү' })).toHaveAttribute('href', '/ky/');
  });

  it('runs the loader again on retry and shows the page once it succeeds', async () => {
    let release: () => void = () => undefined;
    const loader = vi
      .fn<() => Promise<null>>()
      .mockRejectedValueOnce(apiError('network'))
      .mockImplementationOnce(
        () =>
          new Promise((resolve) => {
            release = () => {
              resolve(null);
            };
          }),
      );
    const { user } = renderFailing(loader);
    const retry = await screen.findByRole('button', { name: 'Попробовать ещё раз' });
    expect(loader).toHaveBeenCalledTimes(1);
    await user.click(retry);
    expect(loader).toHaveBeenCalledTimes(2);
    // While the second attempt runs, the button does nothing, and keeps the keyboard's focus.
    const pending = screen.getByRole('button', { name: 'Попробовать ещё раз' });
    expect(pending).toHaveAttribute('aria-disabled', 'true');
    expect(pending).toHaveFocus();
    await user.click(pending);
    expect(loader).toHaveBeenCalledTimes(2);
    release();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Новость загружена' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps offering a retry while the loader keeps failing', async () => {
    const loader = vi.fn(() => Promise.reject(apiError('timeout')));
    const { user } = renderFailing(loader);
    await user.click(await screen.findByRole('button', { name: 'Попробовать ещё раз' }));
    await vi.waitFor(() => {
      expect(loader).toHaveBeenCalledTimes(2);
    });
    expect(await screen.findByRole('button', { name: 'Попробовать ещё раз' })).toBeEnabled();
    expect(
      screen.getByText('Сервер слишком долго не отвечает. Попробуйте ещё раз.'),
    ).toBeInTheDocument();
  });
});
