import { commonError, ServiceError } from "../../protocol/service-error.js";
import { formatViolations } from "../../validation/validate.js";
import type { ServiceDef, TimestampFormat } from "../service-def.js";

/** How Proton writes timestamps in JSON (awsJson1_0 default: epoch seconds, fractional). Change here if the model says otherwise. */
export const PROTON_TIMESTAMP_FORMAT: TimestampFormat = "epoch-seconds";

/** AWS Proton: awsJson1_0 with target prefix AwsProton20200720; every client error is a 400. */
export const proton: ServiceDef = {
  id: "proton",
  signingName: "proton",
  protocol: "awsJson1_0",
  targetPrefix: "AwsProton20200720",
  namespace: "com.amazonaws.proton",
  messageKey: "message",
  throttling: () => new ServiceError("ThrottlingException", 400, "The request was denied due to request throttling."),
  internal: () => new ServiceError("InternalServerException", 500, "The request failed to register with the service."),
  unavailable: () => commonError("ServiceUnavailable", 503, "Service is unavailable. Please retry later."),
  invalidInput: (violations) => protonError("ValidationException", formatViolations(violations)),
};

/** A modeled Proton client error (all are HTTP 400). */
export function protonError(
  code: "ValidationException" | "ResourceNotFoundException" | "ConflictException" | "AccessDeniedException",
  message: string,
): ServiceError {
  return new ServiceError(code, 400, message);
}
