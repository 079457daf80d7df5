/** An async source of a value, called whenever the value is needed. */
export type Provider<T> = () => Promise<T>;

/**
 * Turns a value or a (sync or async) function into a provider that runs the function once, passes
 * the result through `check`, and then returns the same promise. A failure is not cached, so the next call tries again: a client
 * built before its environment is ready still works once it is.
 */
export function memoize<T, R>(source: T | (() => T | Promise<T>), check: (value: T) => R): Provider<R> {
  let cached: Promise<R> | undefined;
  return () => {
    if (cached) return cached;
    const promise = (async () => check(typeof source === "function" ? await (source as () => T | Promise<T>)() : source))();
    cached = promise;
    promise.catch(() => {
      if (cached === promise) cached = undefined;
    });
    return promise;
  };
}
