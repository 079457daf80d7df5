/**
 * The `smithy.rules#endpointRuleSet` trait value, read from its JSON (node) form into typed rules, with a
 * GenerateError naming the place (`rules[2].conditions[0]`) of whatever is malformed.
 */
import { GenerateError } from "../emit/service-context.js";

/** A rule-set parameter type (written in any letter case in models). */
export type ParamType = "string" | "boolean" | "stringArray";

/** One rule-set parameter. */
export interface RuleParameter {
  readonly type: ParamType;
  readonly builtIn?: string;
  readonly required: boolean;
  readonly default?: string | boolean | readonly string[];
  readonly documentation?: string;
  readonly deprecated?: { readonly message?: string; readonly since?: string };
}

/** An expression: a literal (strings are templates), a reference, or a function call. */
export type RuleExpr = string | boolean | number | readonly RuleExpr[] | RefExpr | FnExpr;

/** `{ "ref": name }`. */
export interface RefExpr {
  readonly ref: string;
}

/** `{ "fn": name, "argv": [...] }`. */
export interface FnExpr {
  readonly fn: string;
  readonly argv: readonly RuleExpr[];
}

/** A condition: a function call, optionally assigning its result. */
export interface Condition extends FnExpr {
  readonly assign?: string;
}

/** The endpoint of an endpoint rule. */
export interface RuleEndpointValue {
  readonly url: RuleExpr;
  /** Nested maps and lists of templates and booleans. */
  readonly properties: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, readonly RuleExpr[]>>;
}

/** Any rule. */
export type Rule =
  | {
      readonly type: "endpoint";
      readonly conditions: readonly Condition[];
      readonly endpoint: RuleEndpointValue;
      readonly documentation?: string;
    }
  | { readonly type: "error"; readonly conditions: readonly Condition[]; readonly error: RuleExpr; readonly documentation?: string }
  | { readonly type: "tree"; readonly conditions: readonly Condition[]; readonly rules: readonly Rule[]; readonly documentation?: string };

/** A whole rule set. */
export interface RuleSet {
  readonly version: string;
  readonly parameters: ReadonlyMap<string, RuleParameter>;
  readonly rules: readonly Rule[];
}

type Json = Record<string, unknown>;

class Reader {
  constructor(private readonly owner: string) {}

  fail(at: string, message: string): never {
    throw new GenerateError(`${this.owner}: endpoint rule set ${at}: ${message}`);
  }

  object(value: unknown, at: string): Json {
    if (value === null || typeof value !== "object" || Array.isArray(value)) this.fail(at, "expected an object.");
    return value as Json;
  }

  list(value: unknown, at: string): readonly unknown[] {
    if (!Array.isArray(value)) this.fail(at, "expected a list.");
    return value;
  }

  string(value: unknown, at: string): string {
    if (typeof value !== "string") this.fail(at, "expected a string.");
    return value;
  }

  parameter(name: string, value: unknown, at: string): RuleParameter {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) this.fail(at, "a parameter name is a letter followed by letters and digits.");
    const p = this.object(value, at);
    const raw = this.string(p.type, `${at}.type`).toLowerCase();
    const type: ParamType | undefined =
      raw === "string" ? "string" : raw === "boolean" ? "boolean" : raw === "stringarray" ? "stringArray" : undefined;
    if (!type) this.fail(`${at}.type`, `"${String(p.type)}" is not one of string, boolean, stringArray.`);
    const dflt = p.default;
    if (dflt !== undefined) {
      const ok =
        type === "string"
          ? typeof dflt === "string"
          : type === "boolean"
            ? typeof dflt === "boolean"
            : Array.isArray(dflt) && dflt.every((v) => typeof v === "string");
      if (!ok) this.fail(`${at}.default`, `the default does not have the parameter's type ${type}.`);
    }
    return {
      type,
      required: p.required === true || dflt !== undefined,
      ...(typeof p.builtIn === "string" ? { builtIn: p.builtIn } : {}),
      ...(dflt !== undefined ? { default: dflt as string | boolean | readonly string[] } : {}),
      ...(typeof p.documentation === "string" ? { documentation: p.documentation } : {}),
      ...(p.deprecated && typeof p.deprecated === "object" ? { deprecated: p.deprecated as RuleParameter["deprecated"] & object } : {}),
    };
  }

  expr(value: unknown, at: string): RuleExpr {
    if (typeof value === "string" || typeof value === "boolean" || typeof value === "number") return value;
    if (Array.isArray(value)) return value.map((v, i) => this.expr(v, `${at}[${i}]`));
    const o = this.object(value, at);
    if (typeof o.ref === "string") return { ref: o.ref };
    if (typeof o.fn === "string")
      return { fn: o.fn, argv: this.list(o.argv, `${at}.argv`).map((v, i) => this.expr(v, `${at}.argv[${i}]`)) };
    return this.fail(at, 'expected a literal, a { "ref" } or a { "fn", "argv" } object.');
  }

  condition(value: unknown, at: string): Condition {
    const fn = this.expr(value, at);
    if (typeof fn !== "object" || !("fn" in fn)) return this.fail(at, 'a condition is a { "fn", "argv" } object.');
    const assign = (value as Json).assign;
    if (assign === undefined) return fn;
    return { ...fn, assign: this.string(assign, `${at}.assign`) };
  }

  rule(value: unknown, at: string): Rule {
    const r = this.object(value, at);
    const conditions = this.list(r.conditions ?? [], `${at}.conditions`).map((c, i) => this.condition(c, `${at}.conditions[${i}]`));
    const doc = typeof r.documentation === "string" ? { documentation: r.documentation } : {};
    switch (r.type) {
      case "endpoint": {
        const e = this.object(r.endpoint, `${at}.endpoint`);
        const headers: Record<string, readonly RuleExpr[]> = {};
        for (const [name, values] of Object.entries(this.object(e.headers ?? {}, `${at}.endpoint.headers`))) {
          headers[name] = this.list(values, `${at}.endpoint.headers.${name}`).map((v, i) =>
            this.expr(v, `${at}.endpoint.headers.${name}[${i}]`),
          );
        }
        const properties = this.object(e.properties ?? {}, `${at}.endpoint.properties`);
        return { type: "endpoint", conditions, endpoint: { url: this.expr(e.url, `${at}.endpoint.url`), properties, headers }, ...doc };
      }
      case "error":
        return { type: "error", conditions, error: this.expr(r.error, `${at}.error`), ...doc };
      case "tree": {
        const rules = this.list(r.rules, `${at}.rules`).map((x, i) => this.rule(x, `${at}.rules[${i}]`));
        if (rules.length === 0) this.fail(`${at}.rules`, "a tree rule has at least one rule.");
        return { type: "tree", conditions, rules, ...doc };
      }
      default:
        return this.fail(`${at}.type`, `"${String(r.type)}" is not one of endpoint, error, tree.`);
    }
  }
}

/** Reads a rule set; `owner` (the service id) starts every error message. */
export function readRuleSet(value: unknown, owner: string): RuleSet {
  const reader = new Reader(owner);
  const top = reader.object(value, "(top level)");
  const parameters = new Map<string, RuleParameter>();
  for (const [name, p] of Object.entries(reader.object(top.parameters ?? {}, "parameters"))) {
    parameters.set(name, reader.parameter(name, p, `parameters.${name}`));
  }
  const lower = new Set<string>();
  for (const name of parameters.keys()) {
    if (lower.has(name.toLowerCase())) reader.fail(`parameters.${name}`, "parameter names must differ in more than letter case.");
    lower.add(name.toLowerCase());
  }
  const rules = reader.list(top.rules, "rules").map((r, i) => reader.rule(r, `rules[${i}]`));
  if (rules.length === 0) reader.fail("rules", "a rule set has at least one rule.");
  return { version: typeof top.version === "string" ? top.version : "1.0", parameters, rules };
}
