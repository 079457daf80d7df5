import { commonError, ServiceError } from "../../protocol/service-error.js";
import { formatViolations, type Violation } from "../../validation/validate.js";
import type { ServiceDef } from "../service-def.js";

/** AWS Well-Architected Tool: restJson1, errors with `Message` and typed members (ResourceId, QuotaCode, Fields...). */
export const wellArchitected: ServiceDef = {
  id: "wellarchitected",
  signingName: "wellarchitected",
  protocol: "restJson1",
  namespace: "com.amazonaws.wellarchitected",
  messageKey: "Message",
  throttling: () =>
    new ServiceError("ThrottlingException", 429, "Request was denied due to request throttling.", {
      QuotaCode: "L-LOCAL-RATE",
      ServiceCode: "wellarchitected",
    }),
  internal: () => new ServiceError("InternalServerException", 500, "There is a problem with the AWS Well-Architected Tool API service."),
  unavailable: () => commonError("ServiceUnavailable", 503, "Service is unavailable. Please retry later."),
  invalidInput: (violations) => waValidation(formatViolations(violations), violations),
};

/** A Well-Architected ValidationException with its Reason and Fields members. */
export function waValidation(message: string, violations: readonly Violation[] = []): ServiceError {
  return new ServiceError("ValidationException", 400, message, {
    Reason: "FIELD_VALIDATION_FAILED",
    Fields: violations.map((v) => ({ Name: v.path, Message: v.constraint })),
  });
}

/** A Well-Architected ResourceNotFoundException. */
export function waNotFound(resourceType: string, resourceId: string, message: string): ServiceError {
  return new ServiceError("ResourceNotFoundException", 404, message, { ResourceId: resourceId, ResourceType: resourceType });
}

/** A Well-Architected ConflictException. */
export function waConflict(resourceType: string, resourceId: string, message: string): ServiceError {
  return new ServiceError("ConflictException", 409, message, { ResourceId: resourceId, ResourceType: resourceType });
}

/** A Well-Architected ServiceQuotaExceededException. */
export function waQuotaExceeded(resourceType: string, resourceId: string, quotaCode: string, message: string): ServiceError {
  return new ServiceError("ServiceQuotaExceededException", 402, message, {
    ResourceId: resourceId,
    ResourceType: resourceType,
    QuotaCode: quotaCode,
    ServiceCode: "wellarchitected",
  });
}

/** A Well-Architected AccessDeniedException. */
export function waAccessDenied(message: string): ServiceError {
  return new ServiceError("AccessDeniedException", 403, message);
}
