import type { LoaderFunctionArgs, Params } from 'react-router';

/** The arguments react-router hands a loader for `pathname` matched by `pattern`. */
export function loaderArgs(pathname: string, pattern: string, params: Params): LoaderFunctionArgs {
  const url = new URL(pathname, 'http://localhost/');
  return { request: new Request(url), url, pattern, params, context: {} };
}
