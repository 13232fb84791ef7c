import { addressOf } from '../../shared/lib/paths.ts';

/**
 * Which skeleton stands in for the page being loaded, judged by its address: a story's, or a
 * feed's (an edition's latest stories or a rubric's, any page). Other addresses load no data.
 */
export function pendingKind(pathname: string | undefined): 'article' | 'feed' | undefined {
  const shape = pathname === undefined ? undefined : addressOf(pathname)?.shape;
  // The search page shows its own progress: its field stays on screen while results load.
  if (shape === undefined || shape === 'search') return undefined;
  return shape === 'story' ? 'article' : 'feed';
}
