import type { Reply } from "../http/reply.js";
import type { ServiceDef } from "../services/service-def.js";
import type { ServiceError } from "./service-error.js";
import { DEFAULT_PROTOCOL, wireProtocol } from "./wire-protocols.js";

/**
 * How error codes are spelled on the wire. `qualified` is what AWS sends: an awsJson1_0 `__type` carries a namespace
 * (`com.amazonaws.proton#ValidationException`; awsJson1_1 servers send the shape name only), and front-door errors on
 * restJson1 carry the coral URL after a colon in `X-Amzn-Errortype`. `short` sends bare names everywhere.
 */
export type ErrorCodeStyle = "qualified" | "short";

const CORAL_NAMESPACE = "com.amazon.coral.service";
const CORAL_URL = "http://internal.amazon.com/coral/com.amazon.coral.service/";

/** Serializes an error in the service's protocol; without a service (unknown route) in the `DEFAULT_PROTOCOL` form. */
export function errorReply(err: ServiceError, service: ServiceDef | undefined, style: ErrorCodeStyle): Reply {
  const protocol = wireProtocol(service?.protocol ?? DEFAULT_PROTOCOL);
  if (service !== undefined && protocol.routing === "target") {
    const namespace = err.common ? CORAL_NAMESPACE : service.namespace;
    const type = style === "short" || protocol.errorType === "shape-name" ? err.code : `${namespace}#${err.code}`;
    return {
      status: err.status,
      headers: { "content-type": protocol.contentType },
      body: JSON.stringify({ __type: type, message: err.message, ...err.members }),
    };
  }
  const errorType = style === "qualified" && err.common ? `${err.code}:${CORAL_URL}` : err.code;
  const messageKey = err.common || service === undefined ? "message" : service.messageKey;
  return {
    status: err.status,
    headers: { "content-type": protocol.contentType, "x-amzn-errortype": errorType },
    body: JSON.stringify({ [messageKey]: err.message, ...err.members }),
  };
}
