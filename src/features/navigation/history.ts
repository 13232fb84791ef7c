/**
 * Whether the entry before this one in the tab's history is a page of this app.
 *
 * React Router's browser history numbers its entries (`history.state.idx`), starting at 0 on
 * the page the reader arrived on and kept across reloads and replace-redirects. Above 0, going
 * back stays on the site; at 0 the previous entry, if any, belongs to somebody else.
 */
export function hasInAppPrevious(state: unknown): boolean {
  if (typeof state !== 'object' || state === null || !('idx' in state)) return false;
  const { idx } = state;
  return typeof idx === 'number' && idx > 0;
}
