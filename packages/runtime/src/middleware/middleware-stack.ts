import type { Handler, HandlerContext, Middleware, MiddlewareOptions, Step } from "./types.js";

const STEPS: readonly Step[] = ["initialize", "serialize", "build", "finalizeRequest", "deserialize"];
const PRIORITIES = ["high", "normal", "low"] as const;

interface Entry {
  readonly middleware: Middleware;
  readonly step: Step;
  readonly name: string | undefined;
  /** Step, then priority: the sort key. */
  readonly rank: number;
}

/** The ordered middleware of a client, by step (`initialize` → `deserialize`) and priority; add and remove by name. */
export class MiddlewareStack {
  /** Kept in execution order (by rank; ties in insertion order), so resolving a call sorts nothing. */
  declare private entries: Entry[];

  /** An empty stack. */
  constructor() {
    this.entries = [];
  }

  /** Adds a middleware at a step; a duplicate name fails unless `override` is set. */
  add(middleware: Middleware, options: MiddlewareOptions): void {
    const { step, name } = options;
    const rank = STEPS.indexOf(step) * 3 + PRIORITIES.indexOf(options.priority ?? "normal");
    if (rank < 0) throw new Error(`Unknown middleware step "${step}".`);
    if (name !== undefined && this.has(name) && !(options.override && this.remove(name))) {
      throw new Error(`A middleware named "${name}" is already in the stack.`);
    }
    const entries = this.entries;
    let at = entries.length;
    while (at > 0 && entries[at - 1]!.rank > rank) at--;
    entries.splice(at, 0, { middleware, step, name, rank });
  }

  /** Removes a middleware by name or by reference; true when one was removed. */
  remove(nameOrMiddleware: string | Middleware): boolean {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.name !== nameOrMiddleware && e.middleware !== nameOrMiddleware);
    return this.entries.length < before;
  }

  /** Whether a middleware of this name is in the stack. */
  has(name: string): boolean {
    return this.entries.some((e) => e.name === name);
  }

  /** The middleware in execution order, as `name - step` (anonymous ones as `anonymous - step`). */
  identify(): string[] {
    return this.entries.map((e) => `${e.name ?? "anonymous"} - ${e.step}`);
  }

  /** A copy that can be changed independently. */
  clone(): MiddlewareStack {
    const copy = new MiddlewareStack();
    copy.entries = [...this.entries];
    return copy;
  }

  /** Chains the middleware in front of `terminal` for one call. */
  resolve(terminal: Handler, context: HandlerContext): Handler {
    return this.entries.reduceRight((next, e) => e.middleware(next, context), terminal);
  }
}
