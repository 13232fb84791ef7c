/** What a loader threw (or returned), read without casts. */

/** Runs a loader and gives back what it threw; fails the test if it threw nothing. */
export async function thrownBy(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (thrown) {
    return thrown;
  }
  throw new Error('expected the loader to throw');
}

/** The HTTP status of a thrown Response or of react-router's data(…, { status }). */
export function statusOf(thrown: unknown): number | undefined {
  if (thrown instanceof Response) return thrown.status;
  if (typeof thrown !== 'object' || thrown === null || !('init' in thrown)) return undefined;
  const { init } = thrown;
  if (typeof init !== 'object' || init === null || !('status' in init)) return undefined;
  return typeof init.status === 'number' ? init.status : undefined;
}

export interface RedirectInfo {
  status: number;
  location: string | null;
  /** react-router's replace() marks the redirect so it replaces the history entry. */
  replace: boolean;
}

export function redirectOf(thrown: unknown): RedirectInfo | undefined {
  if (!(thrown instanceof Response)) return undefined;
  return {
    status: thrown.status,
    location: thrown.headers.get('Location'),
    replace: thrown.headers.get('X-Remix-Replace') === 'true',
  };
}
