import { buildMiddleware } from "./build-middleware.js";
import { deserializeMiddleware } from "./deserialize-middleware.js";
import { idempotencyTokenMiddleware, validateInputMiddleware } from "./input-middleware.js";
import { loggerMiddleware } from "./logger-middleware.js";
import { MiddlewareStack } from "./middleware-stack.js";
import { retryMiddleware } from "./retry-middleware.js";
import { serializeMiddleware } from "./serialize-middleware.js";
import { signingMiddleware } from "./signing-middleware.js";

/** A stack holding the built-in middleware, each removable by its name. */
export function createDefaultStack(): MiddlewareStack {
  const stack = new MiddlewareStack();
  stack.add(loggerMiddleware, { step: "initialize", name: "loggerMiddleware", priority: "high" });
  stack.add(idempotencyTokenMiddleware, { step: "initialize", name: "idempotencyTokenMiddleware" });
  stack.add(validateInputMiddleware, { step: "initialize", name: "validateInputMiddleware" });
  stack.add(serializeMiddleware, { step: "serialize", name: "serializerMiddleware" });
  stack.add(buildMiddleware, { step: "build", name: "buildRequestMiddleware" });
  stack.add(retryMiddleware, { step: "finalizeRequest", name: "retryMiddleware", priority: "high" });
  stack.add(signingMiddleware, { step: "finalizeRequest", name: "signingMiddleware", priority: "low" });
  stack.add(deserializeMiddleware, { step: "deserialize", name: "deserializerMiddleware" });
  return stack;
}
