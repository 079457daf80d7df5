/** Error codes a service returns when the request's signing time is off. */
const SKEW_ERRORS = new Set([
  "RequestTimeTooSkewed",
  "RequestExpired",
  "RequestInTheFuture",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "AuthFailure",
]);

/** How far the client clock may be off before it is corrected. */
const MAX_SKEW_MS = 5 * 60_000;

/**
 * For a clock-skew error whose response `Date` shows the client clock (with `offset`) off by more
 * than 5 minutes, returns the corrected `systemClockOffset`; otherwise undefined (nothing to correct).
 */
export function correctClockOffset(error: unknown, offset: number): number | undefined {
  const e = error as { name?: unknown; $response?: { headers?: Record<string, string | undefined> } } | null;
  if (!e || !SKEW_ERRORS.has(e.name as string)) return undefined;
  const serverTime = Date.parse(e.$response?.headers?.date ?? "");
  const now = Date.now();
  return Math.abs(serverTime - (now + offset)) > MAX_SKEW_MS ? serverTime - now : undefined;
}
