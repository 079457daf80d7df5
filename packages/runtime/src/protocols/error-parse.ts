/** Turning an error response into a thrown, typed error (a modeled error class or the service's base exception). */

import type { RawResponse, SerdeContext } from "../protocol.js";
import type { ErrorSchema, OperationSchema } from "../schema.js";
import { readErrorCode, readErrorMessage } from "./error-code.js";
import { tryParseJsonObject } from "./json-body.js";
import { responseMetadata } from "./response-metadata.js";

type Obj = Record<string, unknown>;

/** Reads the modeled members of an error from its parsed body (undefined when not JSON) and headers. */
export type ErrorMemberReader = (error: ErrorSchema, body: Obj | undefined, response: RawResponse) => Obj;

/** The error name used when a response carries no error code at all. */
export const UNKNOWN_ERROR = "UnknownError";

const tables = new WeakMap<OperationSchema, Map<string, ErrorSchema>>();

/** The operation's error table: by short shape name (`FooError`) and by absolute shape id (cached). */
function errorTable(op: OperationSchema): Map<string, ErrorSchema> {
  let table = tables.get(op);
  if (!table) {
    table = new Map();
    for (const error of op.errors) {
      const id = error.schema.id;
      // The operation's own errors come first in op.errors, so they win over a service error of the same name.
      if (!table.has(id)) table.set(id, error);
      const short = id.slice(id.indexOf("#") + 1);
      if (!table.has(short)) table.set(short, error);
    }
    tables.set(op, table);
  }
  return table;
}

/** The modeled error for a (sanitized or absolute) error code, if the operation declares it. */
export function findModeledError(op: OperationSchema, code: string): ErrorSchema | undefined {
  return errorTable(op).get(code);
}

/**
 * Builds the error for a non-2xx response. A modeled code gives an instance of its class with members
 * read by `readMembers`; an unknown code an instance of the service's base exception named after it; no
 * code at all, one named `UnknownError`. The body may be anything: this never throws itself.
 */
export function buildErrorFromResponse(
  op: OperationSchema,
  response: RawResponse,
  ctx: SerdeContext,
  readMembers: ErrorMemberReader,
): Error {
  const body = tryParseJsonObject(response.body);
  const code = readErrorCode(response.headers, body);
  const $metadata = responseMetadata(response);
  const bodyMessage = readErrorMessage(body);
  const modeled = code === undefined ? undefined : findModeledError(op, code);
  if (modeled) {
    let members: Obj;
    try {
      members = readMembers(modeled, body, response);
    } catch {
      // A modeled error with badly typed members is still that error: keep the type, drop the members.
      members = {};
    }
    const memberMessage = typeof members.message === "string" && members.message !== "" ? members.message : undefined;
    const message = bodyMessage ?? memberMessage;
    return new modeled.ctor({ ...members, $metadata, $response: response, ...(message !== undefined && { message }) });
  }
  const status = response.statusCode;
  const message = bodyMessage ?? (code === undefined ? `The service returned HTTP ${status} without an error code` : undefined);
  return new ctx.service.baseError({
    name: code ?? UNKNOWN_ERROR,
    $fault: status >= 500 ? "server" : "client",
    $metadata,
    $response: response,
    ...(message !== undefined && { message }),
  });
}
