/** The `:page` of an archive page's address: a page number as written, without leading zeros. */
export function parsePageParam(value: string | undefined): number | undefined {
  return value !== undefined && /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : undefined;
}
