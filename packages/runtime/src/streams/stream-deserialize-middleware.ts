import type { HttpResponse } from "@smithy/types";
import { loadStreamMixin } from "#platform";
import type { ResponseMetadata } from "../errors/service-exception.js";
import { deserializeMiddleware } from "../middleware/deserialize-middleware.js";
import type { Middleware } from "../middleware/types.js";
import type { RawResponse } from "../protocol.js";
import { responseMetadata } from "../protocols/response-metadata.js";
import { AbortError } from "../retry/abort-error.js";
import { openBody } from "./body-reader.js";
import { streamingMember } from "./streaming-member.js";

/**
 * `deserialize` for clients with streaming operations (it replaces the default one): a 2xx response whose
 * output streams is returned without reading its body: the codec binds the other members from headers and
 * status, and the streaming member is the body itself (an SDK stream, or an async iterable of events), which
 * the caller's abort signal can still stop. Every other response goes through the default middleware.
 */
export const streamDeserializeMiddleware: Middleware = (next, context) => async (args) => {
  const out = await next(args);
  const response = out.response as HttpResponse;
  const { service, operation, endpoint, abortSignal } = context;
  const streaming = response.statusCode >= 200 && response.statusCode < 300 ? streamingMember(operation.output) : undefined;
  if (!streaming) return deserializeMiddleware(() => Promise.resolve(out), context)(args);
  const headers: Record<string, string> = {};
  for (const name in response.headers)
    if (response.headers[name] !== undefined) headers[name.toLowerCase()] = String(response.headers[name]);
  const raw: RawResponse = {
    statusCode: response.statusCode,
    ...(response.reason ? { reason: response.reason } : {}),
    headers,
    body: new Uint8Array(0),
    stream: {
      body: response.body,
      signal: abortSignal,
      abortError: () => new AbortError(context.commandName, abortSignal?.reason),
      mix: streaming.kind === "blob" ? await loadStreamMixin() : undefined,
    },
  };
  context.response = raw;
  const meta = responseMetadata(raw);
  let output: Record<string, unknown>;
  try {
    output = (await service.protocol.deserializeResponse(operation, raw, { service, endpoint: endpoint! })) as Record<string, unknown>;
  } catch (error) {
    // The body is not the caller's now: release the connection.
    openBody(response.body).cancel(error);
    if (error && typeof error === "object") {
      const e = error as { $metadata?: ResponseMetadata };
      e.$metadata = { ...e.$metadata, ...meta };
    }
    throw error;
  }
  output.$metadata = meta;
  return { output, response: raw };
};
