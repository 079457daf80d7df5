/** Runs many calls with bounded concurrency and a time budget, and keeps every outcome. */

/** How one call ended. */
export type Outcome<T> =
  | { readonly index: number; readonly ok: true; readonly value: T }
  | { readonly index: number; readonly ok: false; readonly error: unknown };

/** What {@link runPool} returns: outcomes in index order, and how many calls were never started for want of time. */
export interface PoolResult<T> {
  readonly outcomes: Outcome<T>[];
  readonly skipped: number;
}

/**
 * Calls `call(0..count-1)` with at most `concurrency` in flight. Workers stop taking new calls once
 * `budgetMs` has passed (a bound, not an assertion: the caller checks invariants on what ran).
 */
export async function runPool<T>(
  count: number,
  concurrency: number,
  budgetMs: number,
  call: (index: number) => Promise<T>,
): Promise<PoolResult<T>> {
  const outcomes: Outcome<T>[] = [];
  const stopAt = Date.now() + budgetMs;
  let next = 0;
  const worker = async () => {
    while (next < count && Date.now() < stopAt) {
      const index = next++;
      try {
        outcomes.push({ index, ok: true, value: await call(index) });
      } catch (error) {
        outcomes.push({ index, ok: false, error });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  outcomes.sort((a, b) => a.index - b.index);
  return { outcomes, skipped: count - outcomes.length };
}
