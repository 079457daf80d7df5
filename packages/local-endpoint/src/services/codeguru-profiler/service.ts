import { commonError, ServiceError } from "../../protocol/service-error.js";
import { formatViolations } from "../../validation/validate.js";
import type { ServiceDef, TimestampFormat } from "../service-def.js";

/** How CodeGuru Profiler writes timestamps in JSON (ISO 8601 date-time strings). Change here if the model says otherwise. */
export const CODEGURU_TIMESTAMP_FORMAT: TimestampFormat = "date-time";

/** Amazon CodeGuru Profiler: restJson1, errors with a `message`. */
export const codeGuruProfiler: ServiceDef = {
  id: "codeguru-profiler",
  signingName: "codeguru-profiler",
  protocol: "restJson1",
  namespace: "com.amazonaws.codeguruprofiler",
  messageKey: "message",
  throttling: () => new ServiceError("ThrottlingException", 429, "The request was denied due to request throttling."),
  internal: () =>
    new ServiceError("InternalServerException", 500, "The server encountered an internal error and is unable to complete the request."),
  unavailable: () => commonError("ServiceUnavailable", 503, "Service is unavailable. Please retry later."),
  invalidInput: (violations) => new ServiceError("ValidationException", 400, formatViolations(violations)),
};
