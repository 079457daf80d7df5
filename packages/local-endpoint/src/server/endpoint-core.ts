import type { EndpointCredential } from "../auth/credentials.js";
import type { FaultInjector } from "../faults/fault-injector.js";
import type { IdempotencyStore } from "../idempotency/idempotency-store.js";
import type { ErrorCodeStyle } from "../protocol/error-wire.js";
import type { Router } from "../protocol/router.js";
import type { LocalState } from "../state/local-state.js";
import type { StatsRecorder } from "../stats/stats-recorder.js";

/** Where the endpoint reports each request (one line) and unexpected failures. `console` fits. */
export interface LocalEndpointLogger {
  info(message: string): void;
  error?(message: string, error?: unknown): void;
}

/** The parts every request handler shares. */
export interface EndpointCore {
  readonly credentials: readonly EndpointCredential[];
  /** Server time in epoch milliseconds (replaceable for skew tests). */
  readonly clock: () => number;
  readonly router: Router;
  readonly state: LocalState;
  readonly stats: StatsRecorder;
  readonly faults: FaultInjector;
  readonly idempotency: IdempotencyStore;
  readonly errorCodeStyle: ErrorCodeStyle;
  readonly maxSkewMs: number;
  readonly maxBodyBytes: number;
  readonly logger: LocalEndpointLogger | undefined;
}
