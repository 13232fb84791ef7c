import type { QueryClient, QueryFunction, QueryKey } from '@tanstack/react-query';
import { data } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { loadQuery } from '../api/load-query.ts';
import { isLang, type Lang } from '../i18n/languages.ts';
import { isRubric, type Rubric } from '../i18n/rubrics.ts';

/** A 404 for the nearest route error boundary to show as "page not found". */
export function notFound() {
  return data(null, { status: 404 });
}

/** The edition named by the URL, or a 404 for any other first segment. */
export function requireLang(value: string | undefined): Lang {
  if (!isLang(value)) throw notFound();
  return value;
}

/** The rubric named by the URL, or a 404 for any other. */
export function requireRubric(value: string | undefined): Rubric {
  if (!isRubric(value)) throw notFound();
  return value;
}

/**
 * For a page's loader: its data (see loadQuery), or a 404 when the API has no such resource, so
 * the page reads "not found" rather than "something went wrong". Other failures go through.
 */
export async function loadOrNotFound<TData, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: { queryKey: TKey; queryFn?: QueryFunction<TData, TKey> },
): Promise<TData> {
  try {
    return await loadQuery(queryClient, options);
  } catch (error) {
    if (isApiError(error) && error.kind === 'not-found') throw notFound();
    throw error;
  }
}
