/**
 * What can go wrong with a request, decided before the operation runs:
 * - `internal`: the service's 500 error (InternalServerException, or ServiceException for Image Builder)
 * - `unavailable`: 503 (ServiceUnavailable, or Image Builder's ServiceUnavailableException)
 * - `throttle`: the service's throttling error (429, or 400 for Proton)
 * - `delay`: the answer is held for `delayMs`, then the request proceeds normally
 * - `reset`: the connection is destroyed without an answer; the operation does not run
 * - `reset-after`: the operation runs (its effect happens) and then the connection is destroyed: the answer is lost
 */
export const FAULT_KINDS = ["internal", "unavailable", "throttle", "delay", "reset", "reset-after"] as const;

/** One kind of injected fault; see {@link FAULT_KINDS}. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** True when `text` names a fault kind. */
export function isFaultKind(text: unknown): text is FaultKind {
  return typeof text === "string" && (FAULT_KINDS as readonly string[]).includes(text);
}
