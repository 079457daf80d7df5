import { gzip } from "#platform";
import type { ClientConfig } from "../config/client-config.js";
import { utf8Encode } from "../protocols/utf8.js";
import type { MiddlewareStack } from "./middleware-stack.js";
import type { Middleware } from "./types.js";

/** The default of `requestMinCompressionSizeBytes`, and its upper bound (as in the AWS SDKs). */
const DEFAULT_MIN_SIZE = 10240;
const MAX_MIN_SIZE = 10485760;

/** Appends `gzip` to the request's Content-Encoding (after any encoding the input set), in whatever letter case it was set. */
function appendEncoding(headers: Record<string, string>): void {
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === "content-encoding") {
      headers[name] = `${headers[name]}, gzip`;
      return;
    }
  }
  headers["Content-Encoding"] = "gzip";
}

/**
 * Adds `@requestCompression` support to a client: in `build` (before the content length is taken and
 * the request signed, so once per call, not per attempt), bodies of operations that accept gzip are
 * gzipped when at least `requestMinCompressionSizeBytes` long. Generated clients call this only when
 * their service has such an operation, so other bundles hold none of it. Streaming bodies are sent as they are.
 */
export function addRequestCompression(stack: MiddlewareStack, config: ClientConfig): void {
  const minSize = config.requestMinCompressionSizeBytes ?? DEFAULT_MIN_SIZE;
  if (!Number.isInteger(minSize) || minSize < 0 || minSize > MAX_MIN_SIZE) {
    throw new Error(`requestMinCompressionSizeBytes must be an integer from 0 to ${MAX_MIN_SIZE}, got ${minSize}.`);
  }
  if (config.disableRequestCompression === true) return;
  const middleware: Middleware = (next, context) => async (args) => {
    const request = args.request!;
    const body: unknown = request.body;
    if (context.operation.compression?.includes("gzip") && (typeof body === "string" || body instanceof Uint8Array)) {
      const bytes = typeof body === "string" ? utf8Encode(body) : body;
      if (bytes.byteLength >= minSize) {
        request.body = await gzip(bytes);
        appendEncoding(request.headers);
      }
    }
    return next(args);
  };
  stack.add(middleware, { step: "build", name: "requestCompressionMiddleware", priority: "high" });
}
