// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pool } from './pool.ts';

describe('pool', () => {
  it('does every item once, never more than the limit at a time', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await pool([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      done.push(item);
      running--;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('reads an async generator lazily and finishes on an empty source', async () => {
    async function* numbers() {
      for (const item of [1, 2]) yield await Promise.resolve(item);
    }
    const done: number[] = [];
    await pool(numbers(), 4, (item) => {
      done.push(item);
      return Promise.resolve();
    });
    expect(done).toEqual([1, 2]);
    await expect(pool([], 4, () => Promise.reject(new Error('no')))).resolves.toBeUndefined();
  });
});
