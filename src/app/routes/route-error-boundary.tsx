import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isApiError, type ApiErrorKind } from '../../shared/api/api-error.ts';
import type { Catalogue } from '../../shared/i18n/catalogue.ts';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { NotFoundPage } from './not-found-page.tsx';

function messageFor(error: unknown, t: Catalogue): string {
  if (!isApiError(error)) return t.errorUnexpected;
  const messages: Record<ApiErrorKind, string> = {
    network: t.errorNetwork,
    timeout: t.errorTimeout,
    server: t.errorServer,
    invalid: t.errorInvalid,
    'not-found': t.errorNotFound,
  };
  return messages[error.kind];
}

/**
 * Catches what a page's loader or render throws, inside the layout: the header, language
 * switch and footer stay usable. "Not found" is a page of its own; anything else can be retried.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { t } = useEdition();
  const revalidator = useRevalidator();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (isApiError(error) && error.kind === 'not-found') return <NotFoundPage />;
  const retrying = revalidator.state === 'loading';
  return (
    <div className="message-page" role="alert">
      <title>{`${t.errorTitle} — ${t.siteName}`}</title>
      <h1 className="page-title" tabIndex={-1}>
        {t.errorTitle}
      </h1>
      <p>{messageFor(error, t)}</p>
      <p>
        {/* Not disabled while it retries: a disabled button would drop the keyboard's focus. */}
        <button
          type="button"
          className="button"
          aria-disabled={retrying || undefined}
          onClick={() => {
            if (!retrying) void revalidator.revalidate();
          }}
        >
          {t.retry}
        </button>
      </p>
    </div>
  );
}
