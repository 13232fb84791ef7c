import { addressOf } from '../../shared/lib/paths.ts';

/**
 * Which skeleton stands in for the page being loaded, judged by its address: a story's, or a
 * feed's (an edition's latest stories or a rubric's, any page). Other addresses load no data.
 */
export function pendingKind(pathname: string | undefined): 'article' | 'feed' | undefined {
  const shape = pathname === undefined ? undefined : addressOf(pathname)?.shape;
  if (shape === undefined) return undefined;
  return shape === 'story' ? 'article' : 'feed';
}
