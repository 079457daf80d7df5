import type { Handler, HandlerContext, Middleware, MiddlewareOptions, Step } from "./types.js";

const STEPS: readonly Step[] = ["initialize", "serialize", "build", "finalizeRequest", "deserialize"];
const PRIORITIES = ["high", "normal", "low"] as const;

interface Entry {
  readonly middleware: Middleware;
  readonly step: Step;
  readonly name: string | undefined;
  readonly rank: number;
}

/** The ordered middleware of a client, by step (`initialize` → `deserialize`) and priority; add and remove by name. */
export class MiddlewareStack {
  private entries: Entry[] = [];
  private sorted: Entry[] | undefined;

  /** Adds a middleware at a step; a duplicate name fails unless `override` is set. */
  add(middleware: Middleware, options: MiddlewareOptions): void {
    const { step, name, priority = "normal" } = options;
    const stepIndex = STEPS.indexOf(step);
    if (stepIndex < 0) throw new Error(`Unknown middleware step "${step}"; expected one of ${STEPS.join(", ")}.`);
    if (name !== undefined && this.has(name)) {
      if (!options.override) throw new Error(`A middleware named "${name}" is already in the stack.`);
      this.remove(name);
    }
    this.entries.push({ middleware, step, name, rank: stepIndex * 3 + PRIORITIES.indexOf(priority) });
    this.sorted = undefined;
  }

  /** Removes a middleware by name or by reference; true when one was removed. */
  remove(nameOrMiddleware: string | Middleware): boolean {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.name !== nameOrMiddleware && e.middleware !== nameOrMiddleware);
    this.sorted = undefined;
    return this.entries.length < before;
  }

  /** Whether a middleware of this name is in the stack. */
  has(name: string): boolean {
    return this.entries.some((e) => e.name === name);
  }

  /** The middleware in execution order, as `name - step` (anonymous ones as `anonymous - step`). */
  identify(): string[] {
    return this.order().map((e) => `${e.name ?? "anonymous"} - ${e.step}`);
  }

  /** A copy that can be changed independently. */
  clone(): MiddlewareStack {
    const copy = new MiddlewareStack();
    copy.entries = [...this.entries];
    return copy;
  }

  /** Chains the middleware in front of `terminal` for one call. */
  resolve(terminal: Handler, context: HandlerContext): Handler {
    const list = this.order();
    let handler = terminal;
    for (let i = list.length - 1; i >= 0; i--) handler = list[i]!.middleware(handler, context);
    return handler;
  }

  /** The entries sorted by step and priority (stable, so insertion order breaks ties); cached until the stack changes. */
  private order(): Entry[] {
    if (!this.sorted) this.sorted = [...this.entries].sort((a, b) => a.rank - b.rank);
    return this.sorted;
  }
}
