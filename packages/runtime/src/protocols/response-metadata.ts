/** The `$metadata` facts a codec can read from a response by itself. */
import type { ResponseMetadata } from "../errors/service-exception.js";
import type { RawResponse } from "../protocol.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Status code and request ids of a response (the client adds attempts and retry delay). */
export function responseMetadata(response: RawResponse): ResponseMetadata {
  const headers = response.headers;
  const metadata: Mutable<ResponseMetadata> = { httpStatusCode: response.statusCode };
  const requestId = headers["x-amzn-requestid"] ?? headers["x-amzn-request-id"] ?? headers["x-amz-request-id"];
  if (requestId !== undefined) metadata.requestId = requestId;
  const extendedRequestId = headers["x-amz-id-2"];
  if (extendedRequestId !== undefined) metadata.extendedRequestId = extendedRequestId;
  const cfId = headers["x-amz-cf-id"];
  if (cfId !== undefined) metadata.cfId = cfId;
  return metadata;
}
