import { FAULT_KINDS, type FaultKind } from "../faults/fault-kind.js";

/** The resources whose creation (or state change) is counted. */
export const RESOURCE_KINDS = [
  "workloadShares",
  "profileUpgrades",
  "environmentUpdates",
  "resourceStateUpdates",
  "profilingGroups",
] as const;

/** One counted resource kind; see {@link RESOURCE_KINDS}. */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** A snapshot of the counters. */
export interface EndpointStats {
  /** Every request routed to an operation, whatever its outcome (auth failures, faults and replays included). */
  readonly requests: Readonly<Record<string, number>>;
  /** Effects that actually happened: shares and groups created, upgrades, updates. Replays add nothing. */
  readonly created: Readonly<Record<ResourceKind, number>>;
  /** Faults injected, by kind. */
  readonly faults: Readonly<Record<FaultKind, number>>;
  /** Error answers sent, by error code. */
  readonly errors: Readonly<Record<string, number>>;
  /** Requests answered from the idempotency store (same token, same parameters). */
  readonly idempotentReplays: number;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Mutable counters behind {@link EndpointStats}. */
export class StatsRecorder {
  #requests: Record<string, number> = {};
  #created = zeros(RESOURCE_KINDS);
  #faults = zeros(FAULT_KINDS);
  #errors: Record<string, number> = {};
  #replays = 0;

  /** Counts a request routed to an operation. */
  request(operation: string): void {
    this.#requests[operation] = (this.#requests[operation] ?? 0) + 1;
  }

  /** Counts an effect. */
  created(kind: ResourceKind): void {
    this.#created[kind] += 1;
  }

  /** Counts an injected fault. */
  fault(kind: FaultKind): void {
    this.#faults[kind] += 1;
  }

  /** Counts an error answer. */
  error(code: string): void {
    this.#errors[code] = (this.#errors[code] ?? 0) + 1;
  }

  /** Counts an idempotent replay. */
  replay(): void {
    this.#replays += 1;
  }

  /** A copy of the counters. */
  snapshot(): EndpointStats {
    return {
      requests: { ...this.#requests },
      created: { ...this.#created },
      faults: { ...this.#faults },
      errors: { ...this.#errors },
      idempotentReplays: this.#replays,
    };
  }

  /** Sets every counter back to zero. */
  reset(): void {
    this.#requests = {};
    this.#created = zeros(RESOURCE_KINDS);
    this.#faults = zeros(FAULT_KINDS);
    this.#errors = {};
    this.#replays = 0;
  }
}
