import { fillIdempotencyTokens } from "../idempotency.js";
import { checkInput } from "../validation/check-input.js";
import { InputValidationError } from "../validation/input-validation-error.js";
import type { Middleware } from "./types.js";

/** `initialize`: fills unset idempotency tokens, once per call (retries reuse the serialized request). */
export const idempotencyTokenMiddleware: Middleware = (next, context) => async (args) => {
  const input = fillIdempotencyTokens(context.operation, args.input, context.config.idempotencyTokenGenerator);
  return next(input === args.input ? args : { ...args, input });
};

/** `initialize`: rejects input with missing required members or empty URI labels (and, with `validateInput: validateConstraints`, constraint violations). */
export const validateInputMiddleware: Middleware = (next, context) => async (args) => {
  const violations = checkInput(context.operation, args.input, context.config.validateInput);
  if (violations.length > 0) throw new InputValidationError(context.commandName, violations);
  return next(args);
};
