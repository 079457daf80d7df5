import type { MiddlewareStack } from "../middleware/middleware-stack.js";
import { streamDeserializeMiddleware } from "./stream-deserialize-middleware.js";
import { streamInputChecksMiddleware } from "./stream-input-checks.js";
import { streamRequestMiddleware } from "./stream-request-middleware.js";
import { streamRetryMiddleware } from "./stream-retry-middleware.js";

/**
 * Adds streaming payloads and event streams to a client's stack (generated clients of services with
 * `@streaming` members call it): input checks that leave the stream alone, one attempt for bodies that cannot
 * be sent twice, platform stream bodies and signed event frames, and outputs returned before their streaming
 * body is read. Together with the `withStreams` protocol codec.
 */
export function addStreams(stack: MiddlewareStack): void {
  stack.add(streamInputChecksMiddleware, { step: "initialize", name: "validateInputMiddleware", override: true });
  stack.add(streamRetryMiddleware, { step: "finalizeRequest", name: "retryMiddleware", priority: "high", override: true });
  stack.add(streamRequestMiddleware, { step: "finalizeRequest", name: "streamRequestMiddleware", priority: "low" });
  stack.add(streamDeserializeMiddleware, { step: "deserialize", name: "deserializerMiddleware", override: true });
}
