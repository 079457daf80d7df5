import type { ServiceError } from "../protocol/service-error.js";
import type { ProtocolName } from "../protocol/wire-protocols.js";
import type { Violation } from "../validation/validate.js";

/** How a service writes timestamps in its JSON output. */
export type TimestampFormat = "epoch-seconds" | "date-time";

/** What the server needs to know about one service to speak its dialect. */
export interface ServiceDef {
  /** Short id used in docs, e.g. `proton`. */
  readonly id: string;
  /** The SigV4 signing name the credential scope must name. */
  readonly signingName: string;
  /** The wire protocol: a row of `WIRE_PROTOCOLS`. */
  readonly protocol: ProtocolName;
  /** Protocols routed by target only: the `X-Amz-Target` prefix before the dot. */
  readonly targetPrefix?: string;
  /** Smithy namespace of the modeled errors (used for a qualified `__type`). */
  readonly namespace: string;
  /** The JSON key of the message in modeled error bodies. */
  readonly messageKey: "message" | "Message";
  /** The service's throttling error (fault kind `throttle`). */
  throttling(): ServiceError;
  /** The service's internal error (fault kind `internal`). */
  internal(): ServiceError;
  /** The service's unavailable error (fault kind `unavailable`). */
  unavailable(): ServiceError;
  /** The error for input that breaks the model's constraints. */
  invalidInput(violations: readonly Violation[]): ServiceError;
}
