import type { ServiceError } from "../protocol/service-error.js";
import type { Violation } from "../validation/validate.js";

/** The two wire protocols the four services use. */
export type ProtocolName = "restJson1" | "awsJson1_0";

/** How a service writes timestamps in its JSON output. */
export type TimestampFormat = "epoch-seconds" | "date-time";

/** What the server needs to know about one service to speak its dialect. */
export interface ServiceDef {
  /** Short id used in stats and docs. */
  readonly id: "wellarchitected" | "proton" | "imagebuilder" | "codeguru-profiler";
  /** The SigV4 signing name the credential scope must name. */
  readonly signingName: string;
  readonly protocol: ProtocolName;
  /** awsJson1_0 only: the `X-Amz-Target` prefix before the dot. */
  readonly targetPrefix?: string;
  /** Smithy namespace of the modeled errors (used for awsJson `__type`). */
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
