import type { MiddlewareStack } from "../middleware/middleware-stack.js";
import type { Middleware } from "../middleware/types.js";
import { InputValidationError } from "../validation/input-validation-error.js";

/**
 * `serialize`, after the codec: Predict goes to the host its `PredictEndpoint` names (a model's real-time endpoint,
 * which other operations return), not the service's endpoint. The member stays in the body too.
 */
const predictEndpoint: Middleware = (next, context) => (args) => {
  const value = args.input.PredictEndpoint;
  if (context.operation.name !== "Predict" || typeof value !== "string") return next(args);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputValidationError(context.commandName, [
      { path: "PredictEndpoint", message: `PredictEndpoint must be an absolute URL, got ${JSON.stringify(value)}` },
    ]);
  }
  const request = args.request!;
  request.hostname = url.hostname;
  if (url.port === "") delete request.port;
  else request.port = Number(url.port);
  return next(args);
};

/** Adds the Amazon Machine Learning customization (Smithy "Amazon Machine Learning Customizations"); generated clients call it. */
export function addMachineLearningCustomizations(stack: MiddlewareStack): void {
  stack.add(predictEndpoint, { step: "serialize", name: "machineLearningPredictEndpointMiddleware", priority: "low" });
}
