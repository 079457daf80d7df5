/**
 * A deliberately partial evaluator of Smithy selectors, used only to catch a trait applied to
 * the wrong kind of shape. It understands shape type names, `*`, `member`, `simpleType`,
 * `number`, `collection`, the `>` neighbor combinator and `:is` / `:test` / `:not`; anything
 * else (attribute selectors like `[trait|error]`, `~>`, `-[input]->`, unknown names) makes the
 * answer "unknown", and unknown never produces an error. Full selector semantics are not enforced.
 */

import { SIMPLE_SHAPE_TYPES } from "../idl/shape-types.js";
import type { ShapeType } from "./shape.js";

/** The shape or member a trait is applied to, and how to look at its neighbours. */
export interface SelectorSubject {
  readonly id: string;
  /** The shape type, or "member". */
  readonly type: ShapeType | "member";
  /** Walks the model: the type of a shape or "member", members of a shape, the target of a member. */
  readonly graph: SelectorGraph;
}

/** The lookups the evaluator needs; ids of members are `ns#S$m`. */
export interface SelectorGraph {
  typeOf(id: string): ShapeType | "member" | undefined;
  /** Member ids of an aggregate shape. */
  membersOf(id: string): readonly string[];
  /** The target id of a member, if known. */
  targetOf(memberId: string): string | undefined;
}

/** Three-valued answer: true, false, or undefined when the selector uses something not understood. */
type Tri = boolean | undefined;

type Atom =
  | { readonly kind: "type"; readonly name: string }
  | { readonly kind: "fn"; readonly name: string; readonly args: readonly Chain[] }
  | { readonly kind: "unknown" };

/** A step is a run of filters on one shape; a chain is steps joined by `>` (or by an unknown relationship). */
interface Chain {
  readonly steps: readonly (readonly Atom[])[];
  /** Combinators between steps: ">" or "?" for relationships the evaluator does not follow. */
  readonly joins: readonly string[];
}

const SIMPLE = new Set<string>([...SIMPLE_SHAPE_TYPES, "enum", "intEnum"]);
const NUMBER = new Set(["byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "intEnum"]);
const TYPES = new Set([...SIMPLE, "list", "map", "structure", "union", "service", "resource", "operation", "member"]);
const cache = new Map<string, Chain | null>();

/** Does `subject` belong to the shapes the selector selects? undefined when that cannot be told cheaply. */
export function selectorMatches(selector: string, subject: SelectorSubject): Tri {
  let chain = cache.get(selector);
  if (chain === undefined) {
    chain = parseSelector(selector) ?? null;
    cache.set(selector, chain);
  }
  if (chain === null) return undefined;
  return memberOf(chain, chain.steps.length - 1, subject.id, subject.graph);
}

/** Is `id` in the result of the chain's steps 0..last, evaluated from every shape? Walks backwards. */
function memberOf(chain: Chain, last: number, id: string, g: SelectorGraph): Tri {
  const here = filters(chain.steps[last] ?? [], id, g);
  if (here === false || last === 0) return here;
  if (chain.joins[last - 1] !== ">") return and(here, undefined);
  // Only a member has a known single predecessor under `>` (its container).
  if (g.typeOf(id) !== "member") return and(here, undefined);
  return and(here, memberOf(chain, last - 1, id.slice(0, id.indexOf("$")), g));
}

/** Does evaluating the chain from `id` yield any shape? */
function forward(chain: Chain, id: string, g: SelectorGraph): Tri {
  let current: string[] = [id];
  let unknown = false;
  for (let i = 0; i < chain.steps.length; i++) {
    if (i > 0) {
      if (chain.joins[i - 1] !== ">") return current.length ? undefined : false;
      const next: string[] = [];
      for (const c of current) {
        const type = g.typeOf(c);
        if (type === "member") {
          const t = g.targetOf(c);
          if (t) next.push(t);
        } else if (type === "list" || type === "map" || type === "structure" || type === "union" || type === "enum" || type === "intEnum") {
          next.push(...g.membersOf(c));
        } else unknown = true;
      }
      current = next;
    }
    const kept: string[] = [];
    for (const c of current) {
      const r = filters(chain.steps[i] ?? [], c, g);
      if (r === undefined) unknown = true;
      if (r !== false) kept.push(c);
    }
    current = kept;
    if (!current.length) return unknown ? undefined : false;
  }
  return unknown ? undefined : true;
}

function filters(atoms: readonly Atom[], id: string, g: SelectorGraph): Tri {
  let result: Tri = true;
  for (const atom of atoms) {
    result = and(result, filter(atom, id, g));
    if (result === false) return false;
  }
  return result;
}

function filter(atom: Atom, id: string, g: SelectorGraph): Tri {
  if (atom.kind === "unknown") return undefined;
  if (atom.kind === "type") return typeMatches(atom.name, g.typeOf(id));
  if (atom.name === "is") return or(atom.args.map((c) => memberOf(c, c.steps.length - 1, id, g)));
  const any = or(atom.args.map((c) => forward(c, id, g)));
  if (atom.name === "test") return any;
  if (atom.name === "not") return any === undefined ? undefined : !any;
  return undefined;
}

function typeMatches(name: string, type: ShapeType | "member" | undefined): Tri {
  if (type === undefined) return undefined;
  if (name === "*") return true;
  if (name === "simpleType") return SIMPLE.has(type);
  if (name === "number") return NUMBER.has(type);
  if (name === "collection") return type === "list";
  if (name === "string") return type === "string" || type === "enum";
  if (name === "integer") return type === "integer" || type === "intEnum";
  if (TYPES.has(name)) return name === type;
  return undefined;
}

function and(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false;
  return a === undefined || b === undefined ? undefined : true;
}

function or(values: readonly Tri[]): Tri {
  if (values.includes(true)) return true;
  return values.includes(undefined) ? undefined : false;
}

/** Parses the supported subset; returns undefined for text it cannot read at all. */
function parseSelector(text: string): Chain | undefined {
  const tokens = tokenize(text);
  if (!tokens) return undefined;
  let pos = 0;
  const chain = (): Chain | undefined => {
    const steps: Atom[][] = [[]];
    const joins: string[] = [];
    for (;;) {
      const t = tokens[pos];
      if (t === undefined || t === ")" || t === ",") return { steps, joins };
      pos++;
      if (t === ">" || t === "?") {
        joins.push(t);
        steps.push([]);
      } else if (t.startsWith(":")) {
        if (tokens[pos++] !== "(") return undefined;
        const args: Chain[] = [];
        for (;;) {
          const arg = chain();
          if (!arg) return undefined;
          args.push(arg);
          const sep = tokens[pos++];
          if (sep === ")") break;
          if (sep !== ",") return undefined;
        }
        steps[steps.length - 1]?.push({ kind: "fn", name: t.slice(1), args });
      } else if (t === "[attr]") {
        steps[steps.length - 1]?.push({ kind: "unknown" });
      } else {
        steps[steps.length - 1]?.push({ kind: "type", name: t });
      }
    }
  };
  const result = chain();
  return result && pos === tokens.length ? result : undefined;
}

/** Splits a selector into tokens; attribute selectors become "[attr]" and unsupported relationships "?". */
function tokenize(text: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "(" || c === ")" || c === "," || c === ">") {
      out.push(c);
      i++;
    } else if (c === "[") {
      const end = text.indexOf("]", i);
      if (end < 0) return undefined;
      out.push("[attr]");
      i = end + 1;
    } else if (c === "~" && text[i + 1] === ">") {
      out.push("?");
      i += 2;
    } else if (c === "-" && text[i + 1] === "[") {
      const end = text.indexOf("]->", i);
      if (end < 0) return undefined;
      out.push("?");
      i = end + 3;
    } else if (c === "-" && text[i + 1] === ">") {
      out.push("?");
      i += 2;
    } else {
      const m = /^:?[A-Za-z_*][A-Za-z0-9_-]*|^\*/.exec(text.slice(i));
      if (!m) return undefined;
      out.push(m[0]);
      i += m[0].length;
    }
  }
  return out;
}
