import type { HttpResponse } from "@smithy/types";
import type { ResponseMetadata } from "../errors/service-exception.js";
import { readBody } from "../http/read-body.js";
import type { RawResponse } from "../protocol.js";
import type { Middleware } from "./types.js";

/** Response headers with lower-case names (handlers have already joined repeated headers). */
function lowerCaseHeaders(headers: Record<string, string | undefined> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) if (headers[name] !== undefined) out[name.toLowerCase()] = String(headers[name]);
  return out;
}

/** `$metadata` from a response: status and the request ids AWS returns in headers. */
function metadata(response: RawResponse): ResponseMetadata {
  const h = response.headers;
  const meta: { -readonly [K in keyof ResponseMetadata]: ResponseMetadata[K] } = { httpStatusCode: response.statusCode };
  const requestId = h["x-amzn-requestid"] ?? h["x-amzn-request-id"] ?? h["x-amz-request-id"];
  if (requestId) meta.requestId = requestId;
  if (h["x-amz-id-2"]) meta.extendedRequestId = h["x-amz-id-2"];
  if (h["x-amz-cf-id"]) meta.cfId = h["x-amz-cf-id"];
  return meta;
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
  const meta = metadata(raw);
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
