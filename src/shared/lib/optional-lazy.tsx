import { lazy, type ComponentType } from 'react';

function Nothing() {
  return null;
}

/**
 * A component whose code loads on demand, for extras of the page (controls, notices) rather
 * than its content. Should the code fail to arrive (offline before the service worker has it,
 * a deploy that replaced the files), the fallback renders instead of an error taking the page
 * down with it.
 */
export function optionalLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ComponentType<P> = Nothing,
) {
  return lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: fallback }),
    ),
  );
}
