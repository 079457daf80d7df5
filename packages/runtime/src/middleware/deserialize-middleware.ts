import type { HttpResponse } from "@smithy/types";
import { readBody } from "#platform";
import type { ResponseMetadata } from "../errors/service-exception.js";
import type { RawResponse } from "../protocol.js";
import { responseMetadata } from "../protocols/response-metadata.js";
import type { Middleware } from "./types.js";

/** Response headers with lower-case names (handlers have already joined repeated headers). */
function lowerCaseHeaders(headers: Record<string, string | undefined> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) if (headers[name] !== undefined) out[name.toLowerCase()] = String(headers[name]);
  return out;
}

/**
 * `deserialize`: reads the response body fully, lets the protocol codec parse it into the output
 * or a typed error, and attaches `$metadata` (and a non-enumerable `$response`) to either.
 */
export const deserializeMiddleware: Middleware = (next, context) => async (args) => {
  const { response } = (await next(args)) as { response: HttpResponse };
  const raw: RawResponse = {
    statusCode: response.statusCode,
    ...(response.reason ? { reason: response.reason } : {}),
    headers: lowerCaseHeaders(response.headers),
    body: await readBody(response.body),
  };
  context.response = raw;
  const meta = responseMetadata(raw);
  const { service, operation, endpoint } = context;
  let output: Record<string, unknown>;
  try {
    output = service.protocol.deserializeResponse(operation, raw, { service, endpoint: endpoint! }) as Record<string, unknown>;
  } catch (error) {
    if (error && typeof error === "object") {
      const e = error as { $metadata?: ResponseMetadata; $response?: RawResponse };
      e.$metadata = { ...e.$metadata, ...meta };
      if (!e.$response) Object.defineProperty(e, "$response", { value: raw, enumerable: false, writable: true, configurable: true });
    }
    throw error;
  }
  output.$metadata = meta;
  return { output, response: raw };
};
