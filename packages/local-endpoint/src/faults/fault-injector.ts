import { type FaultKind, isFaultKind } from "./fault-kind.js";
import { mulberry32 } from "./mulberry32.js";

/** Random fault injection: a share of requests, drawn from a seeded PRNG, gets a fault picked by weight. */
export interface FaultOptions {
  /** Share of eligible requests that get a fault, in [0, 1]. Default 0 (off). */
  readonly rate?: number;
  /** Which kinds, as a list (equal weights) or relative weights. Default: every kind except `delay`, equal weights. */
  readonly kinds?: readonly FaultKind[] | Readonly<Partial<Record<FaultKind, number>>>;
  /** How long a `delay` fault holds the answer. Default 200 ms. */
  readonly delayMs?: number;
  /** Only these operation names are eligible (e.g. `["CreateProfilingGroup"]`). Default: all. */
  readonly operations?: readonly string[];
}

/** A fault chosen for one request. */
export interface FaultDecision {
  readonly kind: FaultKind;
  readonly delayMs: number;
  /** `scripted` when it came from {@link FaultInjector.failNext}, `random` when from the seeded rate. */
  readonly source: "scripted" | "random";
}

interface Scripted {
  remaining: number;
  readonly kind: FaultKind;
  readonly operation: string | undefined;
  readonly delayMs: number;
}

const DEFAULT_KINDS: readonly FaultKind[] = ["internal", "unavailable", "throttle", "reset", "reset-after"];
const DEFAULT_DELAY_MS = 200;

/** Decides, per request and before the operation runs, whether to inject a fault; reproducible for a given seed. */
export class FaultInjector {
  #rate = 0;
  #weights: [FaultKind, number][] = [];
  #delayMs = DEFAULT_DELAY_MS;
  #operations: ReadonlySet<string> | undefined;
  #random: () => number = mulberry32(1);
  #seed = 1;
  readonly #scripted: Scripted[] = [];

  constructor(options: FaultOptions = {}, seed = 1) {
    this.configure(options, seed);
  }

  /** The seed the PRNG was last started from. */
  get seed(): number {
    return this.#seed;
  }

  /** Replaces the random fault settings and restarts the PRNG (from `seed`, or the previous seed). Throws TypeError on bad options. */
  configure(options: FaultOptions, seed: number = this.#seed): void {
    const rate = options.rate ?? 0;
    if (!(rate >= 0 && rate <= 1)) throw new TypeError(`fault rate must be between 0 and 1, got ${String(options.rate)}`);
    const weights = normalizeKinds(options.kinds ?? DEFAULT_KINDS);
    const delayMs = options.delayMs ?? DEFAULT_DELAY_MS;
    if (!(delayMs >= 0)) throw new TypeError(`delayMs must be >= 0, got ${String(options.delayMs)}`);
    if (!Number.isInteger(seed)) throw new TypeError(`seed must be an integer, got ${String(seed)}`);
    this.#rate = rate;
    this.#weights = weights;
    this.#delayMs = delayMs;
    this.#operations = options.operations === undefined ? undefined : new Set(options.operations);
    this.#seed = seed;
    this.#random = mulberry32(seed);
  }

  /** Scripts the next `count` matching requests (optionally of one operation) to fail with `kind`, ahead of random faults. */
  failNext(count: number, kind: FaultKind, options: { operation?: string; delayMs?: number } = {}): void {
    if (!Number.isInteger(count) || count < 0) throw new TypeError(`count must be a non-negative integer, got ${String(count)}`);
    if (!isFaultKind(kind)) throw new TypeError(`unknown fault kind ${JSON.stringify(kind)}`);
    if (count === 0) return;
    this.#scripted.push({ remaining: count, kind, operation: options.operation, delayMs: options.delayMs ?? this.#delayMs });
  }

  /** Drops scripted faults not yet used. */
  clearScripted(): void {
    this.#scripted.length = 0;
  }

  /** How many scripted faults remain. */
  get scriptedRemaining(): number {
    return this.#scripted.reduce((n, s) => n + s.remaining, 0);
  }

  /** Picks the fault for one request to `operation`, or undefined for none. */
  decide(operation: string): FaultDecision | undefined {
    const i = this.#scripted.findIndex((s) => s.operation === undefined || s.operation === operation);
    const scripted = this.#scripted[i];
    if (scripted !== undefined) {
      scripted.remaining -= 1;
      if (scripted.remaining === 0) this.#scripted.splice(i, 1);
      return { kind: scripted.kind, delayMs: scripted.delayMs, source: "scripted" };
    }
    if (this.#rate === 0 || (this.#operations !== undefined && !this.#operations.has(operation))) return undefined;
    // Exactly one draw per eligible request, and one more only when faulted, so a seed replays the same pattern.
    if (this.#random() >= this.#rate) return undefined;
    return { kind: this.#pick(this.#random()), delayMs: this.#delayMs, source: "random" };
  }

  #pick(r: number): FaultKind {
    const total = this.#weights.reduce((n, [, w]) => n + w, 0);
    let acc = 0;
    for (const [kind, w] of this.#weights) {
      acc += w / total;
      if (r < acc) return kind;
    }
    return this.#weights[this.#weights.length - 1]![0];
  }
}

function normalizeKinds(kinds: FaultOptions["kinds"] & object): [FaultKind, number][] {
  const entries: [string, unknown][] = Array.isArray(kinds) ? kinds.map((k) => [k, 1]) : Object.entries(kinds);
  const out: [FaultKind, number][] = [];
  for (const [kind, weight] of entries) {
    if (!isFaultKind(kind)) throw new TypeError(`unknown fault kind ${JSON.stringify(kind)}`);
    if (typeof weight !== "number" || !(weight >= 0)) throw new TypeError(`weight of ${kind} must be a number >= 0`);
    if (weight > 0) out.push([kind, weight]);
  }
  if (out.length === 0) throw new TypeError("at least one fault kind needs a positive weight");
  return out;
}
