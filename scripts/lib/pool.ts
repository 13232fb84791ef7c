/**
 * Runs `work` over what `source` yields with at most `limit` calls in flight: enough to keep
 * the disk busy without opening every file at once. The workers share one iterator, so a
 * generator is read lazily, one item at a time.
 */
export async function pool<T>(
  source: Iterable<T> | AsyncIterable<T>,
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const iterator =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        await work(next.value);
      }
    }),
  );
}
