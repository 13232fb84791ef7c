/**
 * Which skeleton stands in for the page being loaded, judged by its address: a story's, or a
 * feed's (an edition's latest stories or a rubric's, any page). Other addresses load no data.
 */
export function pendingKind(pathname: string | undefined): 'article' | 'feed' | undefined {
  if (pathname === undefined) return undefined;
  if (/^\/[a-z]+\/news\//.test(pathname)) return 'article';
  if (/^\/[a-z]+\/(?:page\/[0-9]+)?$/.test(pathname)) return 'feed';
  if (/^\/[a-z]+\/rubric\/[a-z]+(?:\/page\/[0-9]+)?$/.test(pathname)) return 'feed';
  return undefined;
}
