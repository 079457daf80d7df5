/** The interface between the client's middleware and a protocol codec (one per protocol family, in `protocols/`). */
import type { HttpRequest } from "@smithy/protocol-http";
import type { OperationSchema, ServiceSchema } from "./schema.js";
import type { UnreadBody } from "./streams/unread-body.js";

/** A response whose body has been read fully: what codecs parse and what errors keep as `$response`. */
export interface RawResponse {
  readonly statusCode: number;
  readonly reason?: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  /**
   * The unread body of a 2xx response whose output streams (a `@streaming` blob payload or an event stream),
   * set by the stream deserialize middleware (see streams/); `body` is then empty.
   */
  readonly stream?: UnreadBody;
}

/** Where requests go, as resolved from the region or the `endpoint` option. */
export interface Endpoint {
  readonly protocol: "https:" | "http:";
  readonly hostname: string;
  readonly port?: number;
  /** Base path, "/" unless the endpoint override has one (it is prefixed to the operation's path). */
  readonly path: string;
}

/** What a codec is given besides the operation and the data. */
export interface SerdeContext {
  readonly service: ServiceSchema;
  readonly endpoint: Endpoint;
}

/** A protocol codec: turns an input into an HTTP request, and a raw response into an output or a thrown typed error. */
export interface Protocol {
  /** The shape name of the protocol's trait (`aws.protocols#<name>`), for messages and logs. */
  readonly name: string;
  /** Builds the unsigned request. The input's idempotency tokens are already filled. */
  serializeRequest(op: OperationSchema, input: object, ctx: SerdeContext): HttpRequest;
  /**
   * Parses a response. On success returns the output (without `$metadata`); on an error status
   * throws an instance of a modeled error class or of the service's base exception, with
   * `$metadata.httpStatusCode` and `$response` set. Never throws a SyntaxError or TypeError for a bad body.
   */
  deserializeResponse(op: OperationSchema, response: RawResponse, ctx: SerdeContext): object;
}
