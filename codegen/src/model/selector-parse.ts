/**
 * Parses the Smithy selector language (spec "Selectors") as far as trait definitions use it:
 * shape type names and `*`, attribute selectors (`[trait|error]`, `[id|member=value]`, with the
 * comparators `= != ^= $= *= ?= > >= < <=` and the `i` flag), the functions `:is`, `:test` and
 * `:not`, and the neighbour steps `>`, `<`, `~>`, `<~`, `-[rel, ...]->` and `<-[rel, ...]-`.
 * Anything else (scoped attributes `@{…}`, other functions) makes the parse fail, and a selector
 * that cannot be parsed is treated as unknown: it never rejects a trait.
 */

import { SIMPLE_SHAPE_TYPES } from "../idl/shape-types.js";

/** One step of a selector: a filter on the current shapes, or a move to their neighbours. */
export type SelectorStep =
  | { readonly kind: "type"; readonly name: string }
  | {
      readonly kind: "attr";
      readonly path: readonly string[];
      readonly op?: string;
      readonly values: readonly string[];
      readonly ci: boolean;
    }
  | { readonly kind: "fn"; readonly name: "is" | "test" | "not"; readonly args: readonly Selector[] }
  | { readonly kind: "move"; readonly reverse: boolean; readonly recursive: boolean; readonly rels: readonly string[] | undefined };

/** A selector: steps applied left to right. */
export interface Selector {
  readonly steps: readonly SelectorStep[];
}

const FUNCTIONS = new Set(["is", "test", "not"]);
/** Shape type selectors the evaluator knows (a `set` is loaded as a list, so `set` is left unknown). */
const TYPE_NAMES = new Set([
  ...SIMPLE_SHAPE_TYPES,
  "enum",
  "intEnum",
  "list",
  "map",
  "structure",
  "union",
  "service",
  "resource",
  "operation",
  "member",
  "simpleType",
  "number",
  "collection",
  "dataType",
]);
const COMPARATORS = ["?=", "^=", "$=", "*=", "!=", ">=", "<=", "=", ">", "<"];

/** Parses a selector; undefined when it uses syntax this parser does not know. */
export function parseSelector(text: string): Selector | undefined {
  const p = new SelectorParser(text);
  try {
    const selector = p.selector();
    p.ws();
    return p.done() ? selector : undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

class Unsupported extends Error {}

class SelectorParser {
  #i = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.#i >= this.text.length;
  }

  ws(): void {
    while (this.#i < this.text.length && /\s/.test(this.text[this.#i] as string)) this.#i++;
  }

  #peek(s: string): boolean {
    return this.text.startsWith(s, this.#i);
  }

  #take(s: string): void {
    if (!this.#peek(s)) throw new Unsupported();
    this.#i += s.length;
  }

  /** Steps up to the end, a `)` or a `,` (the end of a function argument). */
  selector(): Selector {
    const steps: SelectorStep[] = [];
    for (;;) {
      this.ws();
      if (this.done() || this.#peek(")") || this.#peek(",")) break;
      steps.push(this.#step());
    }
    if (!steps.length) throw new Unsupported();
    return { steps };
  }

  #step(): SelectorStep {
    if (this.#peek("[")) return this.#attribute();
    if (this.#peek(":")) return this.#function();
    if (this.#peek("~>")) return this.#move(2, false, true);
    if (this.#peek("<~")) return this.#move(2, true, true);
    if (this.#peek(">")) return this.#move(1, false, false);
    if (this.#peek("-[")) return this.#relationships(false);
    if (this.#peek("<-[")) return this.#relationships(true);
    if (this.#peek("<")) return this.#move(1, true, false);
    if (this.#peek("*")) {
      this.#i++;
      return { kind: "type", name: "*" };
    }
    const m = /^[A-Za-z][A-Za-z0-9]*/.exec(this.text.slice(this.#i));
    if (!m || !TYPE_NAMES.has(m[0])) throw new Unsupported();
    this.#i += m[0].length;
    return { kind: "type", name: m[0] };
  }

  #move(length: number, reverse: boolean, recursive: boolean): SelectorStep {
    this.#i += length;
    return { kind: "move", reverse, recursive, rels: undefined };
  }

  /** `-[a, b]->` or `<-[a, b]-`. */
  #relationships(reverse: boolean): SelectorStep {
    this.#i += reverse ? 3 : 2;
    const rels: string[] = [];
    for (;;) {
      this.ws();
      const m = /^[A-Za-z]+/.exec(this.text.slice(this.#i));
      if (!m) throw new Unsupported();
      rels.push(m[0]);
      this.#i += m[0].length;
      this.ws();
      if (this.#peek(",")) {
        this.#i++;
        continue;
      }
      this.#take(reverse ? "]-" : "]->");
      return { kind: "move", reverse, recursive: false, rels };
    }
  }

  #function(): SelectorStep {
    this.#i++;
    const m = /^[A-Za-z]+/.exec(this.text.slice(this.#i));
    if (!m || !FUNCTIONS.has(m[0])) throw new Unsupported();
    this.#i += m[0].length;
    this.#take("(");
    const args: Selector[] = [];
    for (;;) {
      args.push(this.selector());
      this.ws();
      if (this.#peek(",")) {
        this.#i++;
        continue;
      }
      this.#take(")");
      return { kind: "fn", name: m[0] as "is" | "test" | "not", args };
    }
  }

  /** `[path]` or `[path op value, value i]`; a path is `key|key|...` (`trait|error`, `id|member`). */
  #attribute(): SelectorStep {
    this.#i++;
    this.ws();
    const path: string[] = [];
    for (;;) {
      const m = /^[A-Za-z0-9_.#$]+/.exec(this.text.slice(this.#i));
      if (!m) throw new Unsupported();
      path.push(m[0]);
      this.#i += m[0].length;
      if (!this.#peek("|")) break;
      this.#i++;
    }
    this.ws();
    if (this.#peek("]")) {
      this.#i++;
      return { kind: "attr", path, values: [], ci: false };
    }
    const op = COMPARATORS.find((c) => this.#peek(c));
    if (!op) throw new Unsupported();
    this.#i += op.length;
    const values: string[] = [];
    for (;;) {
      this.ws();
      values.push(this.#value());
      this.ws();
      if (this.#peek(",")) {
        this.#i++;
        continue;
      }
      break;
    }
    let ci = false;
    if (this.#peek("i")) {
      ci = true;
      this.#i++;
      this.ws();
    }
    this.#take("]");
    return { kind: "attr", path, op, values, ci };
  }

  #value(): string {
    const q = this.text[this.#i];
    if (q === '"' || q === "'") {
      const end = this.text.indexOf(q, this.#i + 1);
      if (end < 0) throw new Unsupported();
      const v = this.text.slice(this.#i + 1, end);
      this.#i = end + 1;
      return v;
    }
    const m = /^[A-Za-z0-9_.#$+-]+/.exec(this.text.slice(this.#i));
    if (!m) throw new Unsupported();
    this.#i += m[0].length;
    return m[0];
  }
}
