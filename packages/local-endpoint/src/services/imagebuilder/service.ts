import { ServiceError } from "../../protocol/service-error.js";
import { formatViolations } from "../../validation/validate.js";
import type { ServiceDef } from "../service-def.js";

/**
 * EC2 Image Builder: restJson1. It has no ValidationException; input that breaks the model's constraints answers
 * InvalidRequestException (400), and well-formed requests the current state forbids answer ClientException (400).
 */
export const imageBuilder: ServiceDef = {
  id: "imagebuilder",
  signingName: "imagebuilder",
  protocol: "restJson1",
  namespace: "com.amazonaws.imagebuilder",
  messageKey: "message",
  throttling: () =>
    new ServiceError("CallRateLimitExceededException", 429, "You have exceeded the permitted request rate for the specific operation."),
  internal: () =>
    new ServiceError("ServiceException", 500, "This exception is thrown when the service encounters an unrecoverable exception."),
  unavailable: () => new ServiceError("ServiceUnavailableException", 503, "The service is unable to process your request at this time."),
  invalidInput: (violations) => new ServiceError("InvalidRequestException", 400, formatViolations(violations)),
};
