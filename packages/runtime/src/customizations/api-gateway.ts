import type { MiddlewareStack } from "../middleware/middleware-stack.js";
import type { Middleware } from "../middleware/types.js";

/** `build`: API Gateway answers in JSON only when asked to, so every request says `Accept: application/json`. */
const acceptJson: Middleware = (next) => (args) => {
  args.request!.headers.accept = "application/json";
  return next(args);
};

/** Adds the Amazon API Gateway customization (Smithy "Amazon API Gateway Customizations"); generated API Gateway clients call it. */
export function addApiGatewayCustomizations(stack: MiddlewareStack): void {
  stack.add(acceptJson, { step: "build", name: "acceptJsonMiddleware" });
}
