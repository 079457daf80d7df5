import type { ServiceError } from "../protocol/service-error.js";
import type { LocalState } from "../state/local-state.js";
import type { StatsRecorder } from "../stats/stats-recorder.js";
import type { StructureShape } from "../validation/shape.js";
import type { ServiceDef } from "./service-def.js";

/** Where an operation of a REST protocol lives: method, path template with `{Label}`s, query-bound members, success status. */
export interface RestHttpBinding {
  readonly method: string;
  readonly path: string;
  /** Input member name → query parameter name. */
  readonly query?: Readonly<Record<string, string>>;
  readonly status: number;
}

/** Everything an operation may read or change, besides its input. */
export interface OperationContext {
  /** The caller's account (from the verified credential). */
  readonly account: string;
  /** The region named in the request's credential scope. */
  readonly region: string;
  /** Server time, epoch milliseconds. */
  readonly now: number;
  readonly state: LocalState;
  readonly stats: StatsRecorder;
}

/** A successful answer: status and JSON body (undefined for an empty body). */
export interface OperationResult {
  readonly status: number;
  readonly body?: unknown;
}

/** One operation: how it is reached on the wire, what its input must satisfy, and what it does. */
export interface Operation {
  readonly name: string;
  readonly service: ServiceDef;
  /** The REST binding, or (protocols routed by target) the operation name in `X-Amz-Target`. */
  readonly http: RestHttpBinding | { readonly target: string };
  readonly input: StructureShape;
  /** The member holding the client token, when the operation is idempotent by token. */
  readonly idempotencyToken?: string;
  /** The error for a token reused with other parameters. */
  idempotencyMismatch?(): ServiceError;
  /** Runs on validated input; throws a ServiceError for a modeled failure. Must not await, so effects are atomic. */
  run(input: Readonly<Record<string, unknown>>, ctx: OperationContext): OperationResult;
}

/** An operation whose `run` takes its own input type. */
export interface TypedOperation<I> extends Omit<Operation, "run"> {
  run(input: I, ctx: OperationContext): OperationResult;
}

/** Declares an operation with a typed input; sound because `run` only ever sees input that passed `input`'s constraints. */
export function defineOperation<I>(op: TypedOperation<I>): Operation {
  return op as unknown as Operation;
}
