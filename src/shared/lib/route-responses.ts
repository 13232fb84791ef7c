import { data } from 'react-router';
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

/** The edition a pathname belongs to, if its first segment names one. */
export function langFromPathname(pathname: string): Lang | undefined {
  const first = pathname.split('/')[1];
  return isLang(first) ? first : undefined;
}
