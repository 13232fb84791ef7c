/**
 * The `:page` of a feed's address: none is page 1; "2" is page 2; "1" is the first page under a
 * second address, which redirects to the one without a number; anything else is not a page.
 */
export function parsePageParam(value: string | undefined): number | 'first' | undefined {
  if (value === undefined) return 1;
  if (value === '1') return 'first';
  return /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : undefined;
}
