import type { ResponseMetadata } from "../errors/service-exception.js";
import { AbortError } from "../retry/abort-error.js";
import { classifyError } from "../retry/classify-error.js";
import { guard } from "../retry/run-attempt.js";
import { correctClockOffset } from "../signing/clock-skew.js";
import type { Middleware } from "./types.js";

/** Records attempts and retry delay on an output or error. */
function record(target: unknown, attempts: number, totalRetryDelay: number): void {
  if (target && typeof target === "object") {
    const t = target as { $metadata?: ResponseMetadata };
    t.$metadata = { ...t.$metadata, attempts, totalRetryDelay };
  }
}

/**
 * `finalizeRequest`, outermost: the standard retry loop. Throttling and transient errors (and
 * clock-skew errors after correcting the clock) are retried up to `maxAttempts`, with backoff;
 * an abort stops everything at once. `$metadata.attempts` and `totalRetryDelay` are reported on
 * the output and on the error.
 */
export const retryMiddleware: Middleware = (next, context) => async (args) => {
  const { config, abortSignal } = context;
  const strategy = config.retryStrategy;
  let totalRetryDelay = 0;
  let cost = 0;
  for (let attempt = 1; ; attempt++) {
    context.attempt = attempt;
    let error: unknown;
    try {
      if (abortSignal?.aborted) throw new AbortError(context.commandName, abortSignal.reason);
      const out = await guard(context, context.requestTimeout, (signal) => {
        context.attemptSignal = signal;
        // The signal also travels with the args: an attempt given up while it awaited (signing, credentials)
        // must not pick up the next attempt's signal from the context and send its request after all.
        return next({ ...args, attemptSignal: signal });
      });
      strategy.release(cost || 1);
      record(out.output, attempt, totalRetryDelay);
      return out;
    } catch (e) {
      error = abortSignal?.aborted && !(e instanceof AbortError) ? new AbortError(context.commandName, abortSignal.reason) : e;
    }
    record(error, attempt, totalRetryDelay);
    if (error instanceof AbortError || attempt >= config.maxAttempts) throw error;
    const offset = correctClockOffset(error, config.systemClockOffset);
    if (offset !== undefined) config.systemClockOffset = offset;
    if (offset === undefined && !strategy.shouldRetry(error, attempt)) throw error;
    cost = classifyError(error) === "timeout" ? 10 : 5;
    if (!strategy.acquire(cost)) throw error;
    const delay = Math.max(0, strategy.computeDelay(attempt, error));
    try {
      await guard(context, undefined, (signal) => strategy.sleep(delay, signal));
    } catch (e) {
      record(e, attempt, totalRetryDelay);
      throw e;
    }
    totalRetryDelay += delay;
  }
};
