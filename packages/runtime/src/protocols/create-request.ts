/** Building the unsigned HttpRequest a codec returns. */
import { HttpRequest } from "@smithy/protocol-http";
import type { Endpoint } from "../protocol.js";
import { joinPath } from "./request-path.js";

/** An HttpRequest to `endpoint`, with `path` appended to the endpoint's base path. */
export function createRequest(
  endpoint: Endpoint,
  method: string,
  path: string,
  query: Record<string, string | string[]>,
  headers: Record<string, string>,
  body: unknown,
): HttpRequest {
  return new HttpRequest({
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    ...(endpoint.port !== undefined && { port: endpoint.port }),
    method,
    path: joinPath(endpoint.path, path),
    query,
    headers,
    body,
  });
}
