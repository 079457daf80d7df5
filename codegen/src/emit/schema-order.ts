/**
 * The order of schema constants in `schemas.ts`: every constant after the ones it refers to
 * (a `const` read before its declaration would throw), ties broken by name. References inside a
 * cycle cannot all point backwards; those that point forward (or to themselves) become thunks.
 */
import { compareNatural } from "../printer/natural-compare.js";

/** The emission order, and which references must be thunks. */
export interface SchemaOrder {
  /** Node ids, dependencies first. */
  readonly order: readonly string[];
  /** True when the reference `from → to` must be written `() => to`. */
  needsThunk(from: string, to: string): boolean;
}

/**
 * Orders `nodes` (id → ids it references; references to ids outside `nodes` are ignored).
 * `nameOf` gives the sort key used to break ties deterministically.
 */
export function orderSchemas(nodes: ReadonlyMap<string, readonly string[]>, nameOf: (id: string) => string): SchemaOrder {
  const byName = (a: string, b: string): number => compareNatural(nameOf(a), nameOf(b)) || compareNatural(a, b);
  const ids = [...nodes.keys()].sort(byName);
  const edges = (id: string): string[] => [...new Set(nodes.get(id) ?? [])].filter((t) => nodes.has(t)).sort(byName);

  const components = stronglyConnected(ids, edges);
  const componentOf = new Map<string, number>();
  components.forEach((c, i) => {
    for (const id of c) componentOf.set(id, i);
  });

  // Kahn's algorithm on the condensation: a component is ready once every component it refers to is placed;
  // among the ready ones, the one with the smallest name goes first.
  const waiting = components.map(() => 0);
  const dependents = components.map((): number[] => []);
  components.forEach((c, i) => {
    const deps = new Set<number>();
    for (const id of c) for (const t of edges(id)) if (componentOf.get(t) !== i) deps.add(componentOf.get(t) as number);
    waiting[i] = deps.size;
    for (const d of deps) (dependents[d] as number[]).push(i);
  });
  const keyOf = components.map((c) => [...c].sort(byName)[0] as string);
  const ready = new MinHeap<number>((a, b) => byName(keyOf[a] as string, keyOf[b] as string));
  waiting.forEach((n, i) => {
    if (n === 0) ready.push(i);
  });
  const order: string[] = [];
  for (let next = ready.pop(); next !== undefined; next = ready.pop()) {
    order.push(...[...(components[next] as string[])].sort(byName));
    for (const d of dependents[next] as number[]) {
      waiting[d] = (waiting[d] as number) - 1;
      if (waiting[d] === 0) ready.push(d);
    }
  }
  if (order.length !== ids.length) throw new Error("Schema order: the condensation is not acyclic.");

  const position = new Map(order.map((id, i) => [id, i]));
  return {
    order,
    needsThunk(from, to) {
      const pf = position.get(from);
      const pt = position.get(to);
      return pf !== undefined && pt !== undefined && pt >= pf;
    },
  };
}

/** Tarjan's algorithm, iterative so deep models cannot overflow the stack. */
function stronglyConnected(ids: readonly string[], edges: (id: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  let counter = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; next: number; out: string[] }[] = [];
    const visit = (id: string): void => {
      index.set(id, counter);
      low.set(id, counter);
      counter++;
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: 0, out: edges(id) });
    };
    visit(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; next: number; out: string[] };
      if (frame.next < frame.out.length) {
        const t = frame.out[frame.next++] as string;
        if (!index.has(t)) visit(t);
        else if (onStack.has(t)) low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(t) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let top: string;
        do {
          top = stack.pop() as string;
          onStack.delete(top);
          component.push(top);
        } while (top !== frame.id);
        result.push(component);
      }
    }
  }
  return result;
}

/** A binary heap: `pop` returns the smallest item by `compare`. */
class MinHeap<T> {
  readonly #items: T[] = [];
  constructor(readonly compare: (a: T, b: T) => number) {}

  push(item: T): void {
    const a = this.#items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(a[i] as T, a[parent] as T) >= 0) break;
      [a[i], a[parent]] = [a[parent] as T, a[i] as T];
      i = parent;
    }
  }

  pop(): T | undefined {
    const a = this.#items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.compare(a[l] as T, a[m] as T) < 0) m = l;
        if (r < a.length && this.compare(a[r] as T, a[m] as T) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as T, a[i] as T];
        i = m;
      }
    }
    return top;
  }
}
