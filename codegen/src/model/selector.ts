/**
 * Evaluates Smithy selectors (spec "Selectors"; syntax in selector-parse.ts) over a model graph,
 * to enforce each trait's `@trait(selector: …)`. A selector is evaluated once per graph over every
 * shape and member, and a trait is allowed on exactly the shapes in the result. A selector the
 * parser does not understand answers undefined, which never rejects a trait.
 */

import { SIMPLE_SHAPE_TYPES } from "../idl/shape-types.js";
import { parseSelector, type Selector, type SelectorStep } from "./selector-parse.js";
import type { ShapeType } from "./shape.js";

/** The shape or member a trait is applied to, and the model it sits in. */
export interface SelectorSubject {
  readonly id: string;
  /** The shape type, or "member". */
  readonly type: ShapeType | "member";
  readonly graph: SelectorGraph;
}

/** One edge of the model graph: a named relationship (spec "Selectors", relationships) to a shape. */
export interface SelectorEdge {
  /** `member`, `target`, `input`, `output`, `error`, `operation`, `resource`, `identifier`, `put`, `mixin`, … */
  readonly rel: string;
  readonly to: string;
}

/** What the evaluator needs to know of a model; member ids are `ns#S$m`. */
export interface SelectorGraph {
  /** Every shape and member id of the model. */
  ids(): Iterable<string>;
  /** The type of a shape, "member" for a member, undefined when unknown. */
  typeOf(id: string): ShapeType | "member" | undefined;
  /** Outgoing relationships of a shape or member. */
  edges(id: string): readonly SelectorEdge[];
  /** Whether a trait is applied, and its value as text where it is a string, number or boolean. */
  trait(id: string, traitId: string): { readonly text: string | undefined; readonly key: (name: string) => string | undefined } | undefined;
}

const SIMPLE = new Set<string>([...SIMPLE_SHAPE_TYPES, "enum", "intEnum"]);
const NUMBER = new Set(["byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "intEnum"]);
const TYPES = new Set([...SIMPLE, "list", "map", "structure", "union", "service", "resource", "operation", "member"]);
const parsed = new Map<string, Selector | null>();
const results = new WeakMap<SelectorGraph, Map<string, ReadonlySet<string> | null>>();

/** Does `subject` belong to the shapes the selector selects? undefined when the selector is not understood. */
export function selectorMatches(selector: string, subject: SelectorSubject): boolean | undefined {
  const set = selectShapes(selector, subject.graph);
  return set === undefined ? undefined : set.has(subject.id);
}

/** Every shape and member of the graph that the selector selects (cached per graph); undefined when not understood. */
export function selectShapes(selector: string, graph: SelectorGraph): ReadonlySet<string> | undefined {
  let byText = results.get(graph);
  if (!byText) {
    byText = new Map();
    results.set(graph, byText);
  }
  const cached = byText.get(selector);
  if (cached !== undefined) return cached ?? undefined;
  let ast = parsed.get(selector);
  if (ast === undefined) {
    ast = parseSelector(selector) ?? null;
    parsed.set(selector, ast);
  }
  const result = ast === null ? null : new Evaluator(graph).run(ast, new Set(graph.ids()));
  byText.set(selector, result);
  return result ?? undefined;
}

class Evaluator {
  #reverse: Map<string, SelectorEdge[]> | undefined;
  readonly #closure = new Map<string, ReadonlySet<string>>();

  constructor(private readonly g: SelectorGraph) {}

  run(selector: Selector, input: ReadonlySet<string>): Set<string> {
    let current = new Set(input);
    for (const step of selector.steps) {
      if (!current.size) break;
      current = this.#step(step, current);
    }
    return current;
  }

  #step(step: SelectorStep, input: ReadonlySet<string>): Set<string> {
    const out = new Set<string>();
    switch (step.kind) {
      case "type":
        for (const id of input) if (typeMatches(step.name, this.g.typeOf(id))) out.add(id);
        return out;
      case "attr":
        for (const id of input) if (this.#attribute(step, id)) out.add(id);
        return out;
      case "fn":
        if (step.name === "is") {
          for (const arg of step.args) for (const id of this.run(arg, input)) out.add(id);
          return out;
        }
        for (const id of input) {
          const any = step.args.some((arg) => this.run(arg, new Set([id])).size > 0);
          if (any === (step.name === "test")) out.add(id);
        }
        return out;
      case "move":
        for (const id of input) {
          if (step.recursive) for (const to of this.#reach(id, step.reverse)) out.add(to);
          else for (const e of this.#edges(id, step.reverse)) if (!step.rels || step.rels.includes(e.rel)) out.add(e.to);
        }
        return out;
    }
  }

  #edges(id: string, reverse: boolean): readonly SelectorEdge[] {
    if (!reverse) return this.g.edges(id);
    if (!this.#reverse) {
      const rev = new Map<string, SelectorEdge[]>();
      for (const from of this.g.ids()) {
        for (const e of this.g.edges(from)) {
          const list = rev.get(e.to) ?? [];
          list.push({ rel: e.rel, to: from });
          rev.set(e.to, list);
        }
      }
      this.#reverse = rev;
    }
    return this.#reverse.get(id) ?? [];
  }

  /** Shapes reachable in one or more steps (`~>`, or `<~` backwards). */
  #reach(id: string, reverse: boolean): ReadonlySet<string> {
    const key = `${reverse ? "<" : ">"}${id}`;
    const done = this.#closure.get(key);
    if (done) return done;
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length) {
      const at = stack.pop() as string;
      for (const e of this.#edges(at, reverse)) {
        if (!seen.has(e.to)) {
          seen.add(e.to);
          stack.push(e.to);
        }
      }
    }
    this.#closure.set(key, seen);
    return seen;
  }

  #attribute(step: Extract<SelectorStep, { kind: "attr" }>, id: string): boolean {
    const value = this.#attributeValue(step.path, id);
    if (value === undefined || value === false) return false;
    if (step.op === undefined) return true;
    if (value === true) return false;
    return compare(step.op, value, step.values, step.ci);
  }

  /** A string value, `true` for "exists without a comparable value", or false / undefined for "absent". */
  #attributeValue(path: readonly string[], id: string): string | boolean | undefined {
    const [head, second, third] = path;
    const dollar = id.indexOf("$");
    const root = dollar < 0 ? id : id.slice(0, dollar);
    if (head === "id") {
      if (second === undefined) return id;
      if (second === "member") return dollar < 0 ? undefined : id.slice(dollar + 1);
      if (second === "name") return root.slice(root.indexOf("#") + 1);
      if (second === "namespace") return root.slice(0, root.indexOf("#"));
      return undefined;
    }
    if (head === "trait" && second !== undefined && path.length <= 3) {
      const traitId = second.includes("#") ? second : `smithy.api#${second}`;
      const t = this.g.trait(id, traitId);
      if (!t) return false;
      if (third !== undefined) return t.key(third) ?? false;
      return t.text ?? true;
    }
    return undefined;
  }
}

function compare(op: string, actual: string, values: readonly string[], ci: boolean): boolean {
  const a = ci ? actual.toLowerCase() : actual;
  return values.some((raw) => {
    const v = ci ? raw.toLowerCase() : raw;
    switch (op) {
      case "=":
        return a === v;
      case "!=":
        return a !== v;
      case "^=":
        return a.startsWith(v);
      case "$=":
        return a.endsWith(v);
      case "*=":
        return a.includes(v);
      case "?=":
        return v === "true";
      default: {
        const x = Number(a);
        const y = Number(v);
        if (Number.isNaN(x) || Number.isNaN(y)) return false;
        return op === ">" ? x > y : op === ">=" ? x >= y : op === "<" ? x < y : x <= y;
      }
    }
  });
}

/**
 * Shape type selectors: `string` also selects enums and `integer` intEnums (they are
 * specializations), `number`, `simpleType` and `collection` select groups, and `dataType` the
 * shapes that hold data (everything but services, resources and operations).
 */
function typeMatches(name: string, type: ShapeType | "member" | undefined): boolean {
  if (type === undefined) return false;
  if (name === "*") return true;
  if (name === "simpleType") return SIMPLE.has(type);
  if (name === "number") return NUMBER.has(type);
  if (name === "collection") return type === "list";
  if (name === "dataType") return type !== "service" && type !== "resource" && type !== "operation";
  if (name === "string") return type === "string" || type === "enum";
  if (name === "integer") return type === "integer" || type === "intEnum";
  return TYPES.has(name) && name === type;
}
