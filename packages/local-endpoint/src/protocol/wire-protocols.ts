/**
 * The wire protocols the endpoint speaks, one row each: how requests are routed, the Content-Type of requests and
 * answers, and how an error names its shape. The only place the endpoint names a protocol; a service picks its row
 * by name (`ServiceDef.protocol`).
 */

/** One protocol as the server side sees it. */
export interface WireProtocol {
  /**
   * `target`: every request is `POST /` naming the operation in `X-Amz-Target` (`<TargetPrefix>.<Operation>`), the
   * whole input in a JSON body, errors by `__type` in the body. `rest`: routed by method and path template, members
   * bound to labels, query and body, errors by the `X-Amzn-Errortype` header.
   */
  readonly routing: "target" | "rest";
  /** The media type requests with a body must have, and successful answers with a body carry. */
  readonly contentType: string;
  /** The HTTP status of a request no operation matches. */
  readonly unknownOperationStatus: number;
  /**
   * What `__type` holds in the `qualified` error code style (`target` routing only): the shape id
   * (`com.amazonaws.proton#ConflictException`, as awsJson1_0 servers send) or only the shape name (awsJson1_1).
   */
  readonly errorType: "shape-id" | "shape-name";
}

/** Every protocol the endpoint speaks, by the shape name of its Smithy trait. */
export const WIRE_PROTOCOLS = {
  restJson1: { routing: "rest", contentType: "application/json", unknownOperationStatus: 404, errorType: "shape-name" },
  awsJson1_0: { routing: "target", contentType: "application/x-amz-json-1.0", unknownOperationStatus: 400, errorType: "shape-id" },
  awsJson1_1: { routing: "target", contentType: "application/x-amz-json-1.1", unknownOperationStatus: 400, errorType: "shape-name" },
} as const satisfies Readonly<Record<string, WireProtocol>>;

/** The name of a protocol the endpoint speaks. */
export type ProtocolName = keyof typeof WIRE_PROTOCOLS;

/** The protocol of answers to requests that no service claims (no route, no known target prefix). */
export const DEFAULT_PROTOCOL: ProtocolName = "restJson1";

/** The row of a protocol. */
export function wireProtocol(name: ProtocolName): WireProtocol {
  return WIRE_PROTOCOLS[name];
}
