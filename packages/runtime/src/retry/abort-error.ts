import type { ResponseMetadata } from "../errors/service-exception.js";

/** Raised when the caller's abort signal fires: the call stops at once and is not retried. */
export class AbortError extends Error {
  /** Attempts made and time spent waiting before the abort. */
  declare $metadata: ResponseMetadata;

  /** Builds the error; `reason` (the signal's) is kept as `cause`. */
  constructor(commandName: string, reason?: unknown) {
    super(`${commandName} was aborted.`, reason === undefined ? undefined : { cause: reason });
    this.name = "AbortError";
    this.$metadata = {};
  }
}

/** Raised when an attempt gets no complete response within `requestTimeout`; retried like a transient error. */
export class TimeoutError extends Error {
  /** Attempts made and time spent waiting. */
  declare $metadata: ResponseMetadata;

  /** Builds the error. */
  constructor(commandName: string, timeoutMs: number) {
    super(`${commandName} timed out: no complete response within ${timeoutMs} ms (requestTimeout).`);
    this.name = "TimeoutError";
    this.$metadata = {};
  }
}
