/** Building the unsigned HttpRequest a codec returns. */
import type { HttpRequest } from "@smithy/protocol-http";
import type { Endpoint } from "../protocol.js";
import { joinPath } from "./request-path.js";

/**
 * An HttpRequest to `endpoint`, with `path` appended to the endpoint's base path. A plain object with
 * the class's fields: request handlers and the signer read fields only, and the class would load
 * @smithy/protocol-http (and much of @smithy/core) when a client is imported in Node.js, and add 1 KB to bundles.
 */
export function createRequest(
  endpoint: Endpoint,
  method: string,
  path: string,
  query: Record<string, string | string[]>,
  headers: Record<string, string>,
  body: unknown,
): HttpRequest {
  return {
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    ...(endpoint.port !== undefined && { port: endpoint.port }),
    method,
    path: joinPath(endpoint.path, path),
    query,
    headers,
    body,
  } as HttpRequest;
}
