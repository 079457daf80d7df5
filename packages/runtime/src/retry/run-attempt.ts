import type { HandlerContext } from "../middleware/types.js";
import { AbortError, TimeoutError } from "./abort-error.js";

/**
 * Runs `work` (an attempt, or the wait before one), rejecting at once with an `AbortError` when the
 * caller aborts, or with a `TimeoutError` after `timeoutMs`. Either way the signal handed to `work`
 * is aborted too, so the underlying request or timer stops.
 */
export function guard<T>(context: HandlerContext, timeoutMs: number | undefined, work: (signal?: AbortSignal) => Promise<T>): Promise<T> {
  const { abortSignal: signal, commandName } = context;
  if (!signal && !timeoutMs) return work();
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    // Settling clears the timer and the listener at once, so nothing keeps the process alive after.
    const settle = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const fail = (error: Error) => {
      settle();
      reject(error);
      controller.abort(error);
    };
    const onAbort = () => fail(new AbortError(commandName, signal?.reason));
    const timer = timeoutMs ? setTimeout(() => fail(new TimeoutError(commandName, timeoutMs)), timeoutMs) : undefined;
    signal?.addEventListener("abort", onAbort, { once: true });
    work(controller.signal).then(
      (value) => {
        settle();
        resolve(value);
      },
      (error) => {
        settle();
        reject(error);
      },
    );
  });
}
