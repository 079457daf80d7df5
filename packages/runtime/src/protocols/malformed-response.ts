/** The error thrown when a 2xx response body cannot be read as the operation's output. */
import type { RawResponse, SerdeContext } from "../protocol.js";
import type { OperationSchema } from "../schema.js";
import { MalformedValueError } from "./malformed-value-error.js";
import { responseMetadata } from "./response-metadata.js";

/** The name of that error. */
export const MALFORMED_RESPONSE = "MalformedResponseError";

/**
 * Wraps a parse failure (invalid JSON, a value of the wrong type, bad base64 or date) in the
 * service's base exception, keeping the raw response and the original error as `cause`.
 */
export function malformedResponse(op: OperationSchema, response: RawResponse, ctx: SerdeContext, cause: unknown): Error {
  const detail = cause instanceof MalformedValueError ? cause.describe() : cause instanceof Error ? cause.message : String(cause);
  const error = new ctx.service.baseError({
    name: MALFORMED_RESPONSE,
    $fault: "server",
    message: `Could not read the ${op.name} response (HTTP ${response.statusCode}): ${detail}`,
    $metadata: responseMetadata(response),
    $response: response,
  });
  // ServiceException does not copy `cause` from its init, so it is set here, non-enumerable like Error's own.
  Object.defineProperty(error, "cause", { value: cause, enumerable: false, writable: true, configurable: true });
  return error;
}
