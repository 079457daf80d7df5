/**
 * Compiles rule-set expressions (literals, templates, references, library function calls) to
 * TypeScript expressions with their static types. Comparisons, `not`, `isSet`, `coalesce`, `ite` and
 * attribute paths become operators; the other functions become calls of small runtime exports, so a
 * bundle holds only the helpers its rules call.
 */

import { RUNTIME } from "../emit/runtime.js";
import { type Doc, group, ifBreak, indent, join, line, softline } from "../printer/doc.js";
import type { GeneratedFile } from "../printer/generated-file.js";
import { isIdentifier, propertyKey } from "../printer/identifiers.js";
import { stringLiteral } from "../printer/literal.js";
import type { FnExpr, RefExpr, RuleExpr } from "./rule-set.js";
import {
  ARN,
  BOOLEAN,
  INT,
  maybe,
  PARTITION,
  STRING,
  STRING_ARRAY,
  set,
  stepType,
  type Typed,
  typeName,
  URL_RECORD,
  type ValueType,
} from "./rule-types.js";
import { parseAttrPath, parseTemplate } from "./template.js";

/** A compiled expression: its code, its type, and its JavaScript precedence (to parenthesize only where needed). */
export interface Compiled {
  readonly doc: Doc;
  readonly type: Typed;
  readonly prec: number;
}

/** A name in scope: a parameter or an assigned variable, its JavaScript name and its type. */
export interface Binding {
  readonly js: string;
  readonly type: Typed;
}

/** The names visible to an expression. */
export type Scope = ReadonlyMap<string, Binding>;

/** JavaScript precedence levels of the operators the compiler emits. */
export const PREC = { primary: 20, unary: 15, equality: 10, and: 6, coalesce: 5, conditional: 4 } as const;

/** Runtime helpers by rule-set function: export name, argument count, return type. */
const HELPERS: Readonly<Record<string, { readonly name: string; readonly args: number; readonly type: Typed }>> = {
  substring: { name: "substring", args: 4, type: maybe(STRING) },
  uriEncode: { name: "uriEncode", args: 1, type: set(STRING) },
  parseURL: { name: "parseUrl", args: 1, type: maybe(URL_RECORD) },
  isValidHostLabel: { name: "isValidHostLabel", args: 2, type: set(BOOLEAN) },
  split: { name: "split", args: 3, type: set(STRING_ARRAY) },
  "aws.partition": { name: "awsPartition", args: 1, type: set(PARTITION) },
  "aws.parseArn": { name: "parseArn", args: 1, type: maybe(ARN) },
  "aws.isVirtualHostableS3Bucket": { name: "isVirtualHostableS3Bucket", args: 2, type: set(BOOLEAN) },
};

/** The functions the compiler knows, for messages. */
export const FUNCTIONS = ["booleanEquals", "coalesce", "getAttr", "isSet", "ite", "not", "stringEquals", ...Object.keys(HELPERS)].sort();

function wrap(c: Compiled, min: number): Doc {
  return c.prec < min ? ["(", c.doc, ")"] : c.doc;
}

function isLiteral(e: RuleExpr, value: boolean): boolean {
  return e === value;
}

/** Escapes text for a template literal. */
function templateText(text: string): string {
  return stringLiteral(text).slice(1, -1).replace(/\\"/g, '"').replace(/\\'/g, "'").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
}

/** Compiles expressions in a scope; imports runtime helpers into `file`; `fail` reports a malformed rule set. */
export class ExpressionCompiler {
  constructor(
    private readonly file: GeneratedFile,
    private readonly fail: (message: string) => never,
  ) {}

  /** Compiles any expression. */
  expr(e: RuleExpr, scope: Scope): Compiled {
    if (typeof e === "string") return this.template(e, scope);
    if (typeof e === "boolean") return { doc: String(e), type: set(BOOLEAN), prec: PREC.primary };
    if (typeof e === "number") return { doc: String(e), type: set(INT), prec: PREC.primary };
    if (Array.isArray(e)) {
      const items = (e as readonly RuleExpr[]).map((x) => this.expr(x, scope));
      const of: ValueType = items[0]?.type.t ?? STRING;
      return {
        doc: group([
          "[",
          indent([
            softline,
            join(
              [",", line],
              items.map((i) => i.doc),
            ),
          ]),
          ifBreak(","),
          softline,
          "]",
        ]),
        type: set({ k: "array", of }),
        prec: PREC.primary,
      };
    }
    const x = e as RefExpr | FnExpr;
    if ("ref" in x) return this.ref(x.ref, scope);
    return this.call(x.fn, x.argv, scope);
  }

  /** A reference to a parameter or variable. */
  ref(name: string, scope: Scope): Compiled {
    const b = scope.get(name);
    if (!b) return this.fail(`"${name}" is neither a parameter nor a variable assigned before it.`);
    return { doc: b.js, type: b.type, prec: PREC.primary };
  }

  /** A template string: a string literal, the one value it holds, or a template literal. */
  template(text: string, scope: Scope): Compiled {
    const parts = parseTemplate(text, this.fail);
    const values = parts.map((p) => (typeof p === "string" ? p : this.attr(this.ref(p.ref, scope), p.path ?? "")));
    for (const v of values) {
      if (typeof v !== "string" && (v.type.optional || v.type.t.k !== "string"))
        this.fail(`the template ${JSON.stringify(text)} holds a value of type ${typeName(v.type)}; it takes set strings only.`);
    }
    if (values.length === 1 && typeof values[0] !== "string") return values[0] as Compiled;
    if (values.every((v) => typeof v === "string")) return { doc: stringLiteral(values.join("")), type: set(STRING), prec: PREC.primary };
    const doc: Doc[] = ["`"];
    for (const v of values) doc.push(typeof v === "string" ? templateText(v) : ["${", v.doc, "}"]);
    doc.push("`");
    return { doc, type: set(STRING), prec: PREC.primary };
  }

  /** `getAttr`: property and index access along the path, with `?.` after anything that may be unset. */
  attr(target: Compiled, path: string): Compiled {
    if (path === "") return target;
    let doc: Doc = wrap(target, PREC.primary);
    let type: Typed = target.type;
    let optional = target.type.optional;
    for (const step of parseAttrPath(path, this.fail)) {
      const next = stepType(type.t, step);
      if (!next) this.fail(`getAttr path ${JSON.stringify(path)} does not apply to a value of type ${typeName(type)}.`);
      const dot = optional ? "?." : typeof step === "number" || !isIdentifier(step) ? "" : ".";
      const access = typeof step === "number" ? `[${step}]` : isIdentifier(step) ? step : `[${propertyKey(step)}]`;
      doc = [doc, dot, access];
      optional ||= next.optional;
      type = next;
    }
    return { doc, type: { t: type.t, optional }, prec: PREC.primary };
  }

  private args(fn: string, argv: readonly RuleExpr[], count: number): void {
    if (argv.length !== count) this.fail(`${fn} takes ${count} argument${count === 1 ? "" : "s"}, got ${argv.length}.`);
  }

  /** A function call. */
  call(fn: string, argv: readonly RuleExpr[], scope: Scope): Compiled {
    const arg = (i: number) => this.expr(argv[i] as RuleExpr, scope);
    switch (fn) {
      case "isSet": {
        this.args(fn, argv, 1);
        return { doc: [wrap(arg(0), PREC.equality + 1), " != null"], type: set(BOOLEAN), prec: PREC.equality };
      }
      case "not": {
        this.args(fn, argv, 1);
        const inner = argv[0];
        if (typeof inner === "object" && inner !== null && "fn" in inner && inner.fn === "stringEquals" && inner.argv.length === 2) {
          const [a, b] = [this.expr(inner.argv[0]!, scope), this.expr(inner.argv[1]!, scope)];
          return { doc: [wrap(a, PREC.equality), " !== ", wrap(b, PREC.equality + 1)], type: set(BOOLEAN), prec: PREC.equality };
        }
        return { doc: ["!", wrap(arg(0), PREC.unary)], type: set(BOOLEAN), prec: PREC.unary };
      }
      case "booleanEquals":
      case "stringEquals": {
        this.args(fn, argv, 2);
        const [a, b] = [arg(0), arg(1)];
        if (fn === "booleanEquals") {
          // `x == true` is `x` itself when x is a set boolean, and `x == false` is `!x`.
          for (const [lit, other] of [
            [argv[1], a],
            [argv[0], b],
          ] as const) {
            if (!other.type.optional && isLiteral(lit as RuleExpr, true)) return other;
            if (!other.type.optional && isLiteral(lit as RuleExpr, false))
              return { doc: ["!", wrap(other, PREC.unary)], type: set(BOOLEAN), prec: PREC.unary };
          }
        }
        return { doc: [wrap(a, PREC.equality), " === ", wrap(b, PREC.equality + 1)], type: set(BOOLEAN), prec: PREC.equality };
      }
      case "getAttr": {
        this.args(fn, argv, 2);
        const path = argv[1];
        if (typeof path !== "string") return this.fail("getAttr takes a literal path as its second argument.");
        return this.attr(arg(0), path);
      }
      case "coalesce": {
        if (argv.length < 2) this.fail(`coalesce takes two or more arguments, got ${argv.length}.`);
        const items = argv.map((_, i) => arg(i));
        const doc = join(
          " ?? ",
          items.map((c) => wrap(c, PREC.equality)),
        );
        return { doc, type: { t: items[0]!.type.t, optional: items.every((c) => c.type.optional) }, prec: PREC.coalesce };
      }
      case "ite": {
        this.args(fn, argv, 3);
        const [c, a, b] = [arg(0), arg(1), arg(2)];
        return {
          doc: [wrap(c, PREC.conditional + 1), " ? ", wrap(a, PREC.conditional), " : ", wrap(b, PREC.conditional)],
          type: { t: a.type.t, optional: a.type.optional || b.type.optional },
          prec: PREC.conditional,
        };
      }
      default: {
        const helper = HELPERS[fn];
        if (!helper) return this.fail(`the function "${fn}" is not supported (supported: ${FUNCTIONS.join(", ")}).`);
        this.args(fn, argv, helper.args);
        const args = argv.map((_, i) => arg(i).doc);
        const doc = group([
          this.file.import(helper.name, RUNTIME),
          "(",
          indent([softline, join([",", line], args)]),
          ifBreak(","),
          softline,
          ")",
        ]);
        return { doc, type: helper.type, prec: PREC.primary };
      }
    }
  }
}

/** The type of a parameter as the rules see it (unset unless required or defaulted). */
export function paramType(type: "string" | "boolean" | "stringArray", required: boolean): Typed {
  const t = type === "string" ? STRING : type === "boolean" ? BOOLEAN : STRING_ARRAY;
  return { t, optional: !required };
}
