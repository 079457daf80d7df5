import type { Reply } from "../http/reply.js";
import type { ServiceDef } from "../services/service-def.js";
import type { ServiceError } from "./service-error.js";

/**
 * How error codes are spelled on the wire. `qualified` is what AWS sends: awsJson `__type` carries a namespace
 * (`com.amazonaws.proton#ValidationException`), and front-door errors on restJson1 carry the coral URL after a colon in
 * `X-Amzn-Errortype`. `short` sends bare names everywhere.
 */
export type ErrorCodeStyle = "qualified" | "short";

const CORAL_NAMESPACE = "com.amazon.coral.service";
const CORAL_URL = "http://internal.amazon.com/coral/com.amazon.coral.service/";

/** Serializes an error in the service's protocol; without a service (unknown route) it uses the restJson1 form. */
export function errorReply(err: ServiceError, service: ServiceDef | undefined, style: ErrorCodeStyle): Reply {
  if (service?.protocol === "awsJson1_0") {
    const namespace = err.common ? CORAL_NAMESPACE : service.namespace;
    const type = style === "short" ? err.code : `${namespace}#${err.code}`;
    return {
      status: err.status,
      headers: { "content-type": "application/x-amz-json-1.0" },
      body: JSON.stringify({ __type: type, message: err.message, ...err.members }),
    };
  }
  const errorType = style === "qualified" && err.common ? `${err.code}:${CORAL_URL}` : err.code;
  const messageKey = err.common || service === undefined ? "message" : service.messageKey;
  return {
    status: err.status,
    headers: { "content-type": "application/json", "x-amzn-errortype": errorType },
    body: JSON.stringify({ [messageKey]: err.message, ...err.members }),
  };
}
