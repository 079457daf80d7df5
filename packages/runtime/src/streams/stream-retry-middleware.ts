import type { ResponseMetadata } from "../errors/service-exception.js";
import { retryMiddleware } from "../middleware/retry-middleware.js";
import type { Middleware } from "../middleware/types.js";
import { AbortError } from "../retry/abort-error.js";
import { guard } from "../retry/run-attempt.js";
import { correctClockOffset } from "../signing/clock-skew.js";
import { isOneShotBody } from "./request-body.js";

function record(target: unknown): void {
  if (target && typeof target === "object") {
    const t = target as { $metadata?: ResponseMetadata };
    t.$metadata = { ...t.$metadata, attempts: 1, totalRetryDelay: 0 };
  }
}

/**
 * `finalizeRequest`, outermost, for clients with streaming operations (it replaces the retry middleware): a
 * request whose body is a stream or event frames is sent once, as the official SDK does, since a second
 * attempt could not send the same bytes. It keeps the timeout, the abort and the clock-skew correction of
 * the retry loop; every other request is retried as usual.
 */
export const streamRetryMiddleware: Middleware = (next, context) => {
  const retry = retryMiddleware(next, context);
  return async (args) => {
    if (!isOneShotBody(args.request?.body)) return retry(args);
    const { config, abortSignal } = context;
    context.attempt = 1;
    try {
      if (abortSignal?.aborted) throw new AbortError(context.commandName, abortSignal.reason);
      const out = await guard(context, context.requestTimeout, (signal) => {
        context.attemptSignal = signal;
        return next({ ...args, attemptSignal: signal });
      });
      record(out.output);
      return out;
    } catch (e) {
      const error = abortSignal?.aborted && !(e instanceof AbortError) ? new AbortError(context.commandName, abortSignal.reason) : e;
      record(error);
      const offset = correctClockOffset(error, config.systemClockOffset);
      if (offset !== undefined) config.systemClockOffset = offset;
      throw error;
    }
  };
};
