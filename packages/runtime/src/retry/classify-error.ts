/** Error codes the service uses when it throttles the caller. */
const THROTTLING = new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "RequestThrottledException",
  "TooManyRequestsException",
  "ProvisionedThroughputExceededException",
  "TransactionInProgressException",
  "RequestLimitExceeded",
  "BandwidthLimitExceeded",
  "LimitExceededException",
  "RequestThrottled",
  "SlowDown",
  "PriorRequestNotComplete",
  "EC2ThrottledException",
]);

/** Error names of transient failures (timeouts). */
const TRANSIENT = new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException"]);
/** Node.js socket error codes worth another attempt. */
const CONNECTION = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"]);
/** HTTP statuses of transient server failures. */
const TRANSIENT_STATUS = new Set([500, 502, 503, 504]);

/** What the standard retry mode makes of an error: `throttling`, `transient`, `timeout` (costs more retry quota) or not retryable. */
export type RetryKind = "throttling" | "transient" | "timeout" | undefined;

/** Classifies an error as the standard retry mode does. */
export function classifyError(error: unknown): RetryKind {
  if (!error || typeof error !== "object") return undefined;
  const e = error as {
    name?: unknown;
    code?: unknown;
    $retryable?: { throttling?: boolean };
    $metadata?: { httpStatusCode?: number };
    $response?: { statusCode?: number };
  };
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  if (e.$retryable?.throttling || THROTTLING.has(e.name as string) || status === 429) return "throttling";
  if (TRANSIENT.has(e.name as string) || CONNECTION.has(e.code as string)) return "timeout";
  if (e.$retryable || TRANSIENT_STATUS.has(status as number)) return "transient";
  return undefined;
}
