import { classifyError } from "./classify-error.js";

/** Hooks that change how failed attempts are retried; every one is optional. */
export interface RetryStrategyOptions {
  /** Whether an error may be retried (default: the standard mode's throttling / transient classification). */
  readonly shouldRetry?: ((error: unknown, attempt: number) => boolean) | undefined;
  /** Milliseconds to wait after failed attempt `attempt` (1-based); default: full-jitter exponential backoff. */
  readonly computeDelay?: ((attempt: number, error: unknown) => number) | undefined;
  /** Random numbers in [0, 1) for the jitter (default `Math.random`); inject a seeded one in tests. */
  readonly random?: (() => number) | undefined;
  /** Waits `ms` (default `setTimeout`); the wait is cut short when the call is aborted either way. */
  readonly sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

/** The retry strategy a client runs with: every hook set, plus the client's retry quota. */
export interface RetryStrategy {
  readonly shouldRetry: (error: unknown, attempt: number) => boolean;
  readonly computeDelay: (attempt: number, error: unknown) => number;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Takes `cost` tokens from the retry quota; false (and no retry) when it is exhausted. */
  readonly acquire: (cost: number) => boolean;
  /** Gives tokens back to the quota after a success. */
  readonly release: (amount: number) => void;
}

const BASE_DELAY_MS = 100;
const MAX_DELAY_MS = 20_000;
const QUOTA = 500;

/** `setTimeout` as a promise; an abort ends the wait early (the caller has already given up) and frees the timer. */
const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/**
 * Builds the standard retry strategy (as in the official SDKs' standard mode): exponential backoff with
 * full jitter (base 100 ms, cap 20 s) and a per-client quota of 500 tokens (5 per retry, 10 after a
 * timeout; a success gives back what its retries took, or 1).
 */
export function resolveRetryStrategy(options: RetryStrategyOptions = {}): RetryStrategy {
  const random = options.random ?? Math.random;
  let tokens = QUOTA;
  return {
    shouldRetry: options.shouldRetry ?? ((error) => classifyError(error) !== undefined),
    computeDelay: options.computeDelay ?? ((attempt) => Math.floor(random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1)))),
    sleep: options.sleep ?? wait,
    acquire: (cost) => {
      if (tokens < cost) return false;
      tokens -= cost;
      return true;
    },
    release: (amount) => {
      tokens = Math.min(QUOTA, tokens + amount);
    },
  };
}
