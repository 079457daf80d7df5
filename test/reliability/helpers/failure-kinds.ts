/** What counts as an acceptable way for a call to fail, and which failures may hide an effect. */
import { ServiceException } from "@slimsdk/runtime";

/** Socket error codes a connection failure carries (Node.js `code`). */
const CONNECTION_CODES = new Set(["ECONNRESET", "EPIPE", "ECONNREFUSED", "ETIMEDOUT", "ECONNABORTED"]);

/** The acceptable failure kinds: a service error, a timeout, or a socket error. */
export type FailureKind = "service" | "timeout" | "connection";

/**
 * Classifies a failed call, or returns undefined for an unacceptable one. Acceptable: an instance of
 * the service's base exception (hence of ServiceException) carrying its HTTP status; an `Error` with a
 * socket `code` (ECONNRESET...); the runtime's `TimeoutError` naming the command. Each must report its attempts in `$metadata`.
 */
export function classifyFailure(
  error: unknown,
  baseError: abstract new (...args: never[]) => unknown,
  commandName: string,
): FailureKind | undefined {
  if (!(error instanceof Error)) return undefined;
  const meta = (error as { $metadata?: { attempts?: unknown; httpStatusCode?: unknown } }).$metadata;
  if (typeof meta?.attempts !== "number" || meta.attempts < 1) return undefined;
  if (error instanceof baseError && error instanceof ServiceException)
    return typeof meta.httpStatusCode === "number" ? "service" : undefined;
  // Checked before the name: @smithy/node-http-handler renames ECONNRESET / EPIPE / ETIMEDOUT errors "TimeoutError".
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && CONNECTION_CODES.has(code)) return "connection";
  if (error.name === "TimeoutError") return error.message.includes(commandName) ? "timeout" : undefined;
  return undefined;
}

/**
 * True for an attempt error after which the request may still have had its effect (the answer was lost):
 * a timeout (seen inside the retry loop as the handler's `AbortError` caused by the `TimeoutError`) or a socket error.
 */
export function mayHaveLostAnswer(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === "TimeoutError") return true;
  if (error.name === "AbortError" && (error.cause as { name?: unknown } | undefined)?.name === "TimeoutError") return true;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && CONNECTION_CODES.has(code);
}
