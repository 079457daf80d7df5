/**
 * Compiles a rule set's rules to the body of one TypeScript function: each rule's conditions become
 * nested `if` blocks (an assigning condition becomes a `const` and the test of its value), an endpoint
 * rule a `return`, an error rule a `throw`, a tree rule its rules inside its block. Rules are tried in
 * order; a list or tree that can run out of rules ends with a throw, as the specification requires.
 */

import { RUNTIME } from "../emit/runtime.js";
import { type Doc, group, ifBreak, indent, join, line, softline } from "../printer/doc.js";
import type { GeneratedFile } from "../printer/generated-file.js";
import { isIdentifier, isReservedName } from "../printer/identifiers.js";
import { code, type Lit, litDoc, obj, stringLiteral } from "../printer/literal.js";
import { type Binding, type Compiled, ExpressionCompiler, PREC, paramType, type Scope } from "./compile-expression.js";
import type { Condition, Rule, RuleExpr, RuleSet } from "./rule-set.js";
import { set, type Typed, typeName } from "./rule-types.js";

/** The message of the error thrown when no rule of a list or tree matches. */
export const NO_RULE_MATCHED = "No endpoint rule matched the endpoint parameters.";

/** Names a compiled function never gives a rule-set name: its own parameter. */
const TAKEN = new Set(["params", "undefined", "NaN", "Infinity", "arguments", "eval"]);

/** One step of a rule's conditions: a test of a value, or a `const` holding a function's result. */
type Step = { readonly test: Doc } | { readonly name: string; readonly value: Doc };

/** What the conditions of a rule compile to. */
interface Plan {
  readonly steps: readonly Step[];
  readonly scope: Scope;
}

/** The names of the generated function and of its parameter type. */
export interface ResolverNames {
  readonly fn: string;
  readonly params: string;
}

class RuleCompiler {
  readonly #expr: ExpressionCompiler;

  constructor(
    private readonly file: GeneratedFile,
    private readonly fail: (message: string) => never,
  ) {
    this.#expr = new ExpressionCompiler(file, fail);
  }

  /** A JavaScript name for a rule-set name: itself unless that cannot name a local. */
  jsName(name: string): string {
    let js = name;
    if (!isIdentifier(js) || isReservedName(js) || TAKEN.has(js)) js = `${name}_`;
    this.file.declare(js);
    return js;
  }

  /** How a value passes as a condition: a boolean must be true, anything else set. */
  test(c: Compiled): Doc | undefined {
    if (c.type.t.k === "boolean") return c.doc;
    if (c.type.optional) return [c.prec <= PREC.equality ? ["(", c.doc, ")"] : c.doc, " != null"];
    return undefined;
  }

  plan(conditions: readonly Condition[], scope: Scope): Plan {
    const steps: Step[] = [];
    let s = new Map(scope);
    for (const cond of conditions) {
      const c = this.#expr.call(cond.fn, cond.argv, s);
      if (cond.assign !== undefined) {
        if (s.has(cond.assign)) this.fail(`the variable "${cond.assign}" is already defined in this scope.`);
        const js = this.jsName(cond.assign);
        steps.push({ name: js, value: c.doc });
        // Past its test, an assigned value is set.
        const binding: Binding = { js, type: { t: c.type.t, optional: false } };
        const test = this.test({ doc: js, type: c.type, prec: PREC.primary });
        if (test !== undefined) steps.push({ test });
        s = new Map(s).set(cond.assign, binding);
      } else {
        const test = this.test(c);
        if (test !== undefined) steps.push({ test });
        const arg = cond.argv[0];
        // Past `isSet(x)`, x is set.
        if (cond.fn === "isSet" && typeof arg === "object" && arg !== null && "ref" in arg) {
          const b = s.get(arg.ref);
          if (b) s = new Map(s).set(arg.ref, { js: b.js, type: { t: b.type.t, optional: false } });
        }
      }
    }
    return { steps, scope: s };
  }

  /** Prints one statement at a depth. */
  print(depth: number, ...parts: Doc[]): void {
    this.file.print("  ".repeat(depth), ...parts);
  }

  /** Compiles a list of rules, tried in order; ends with a throw unless a rule without conditions ends it. */
  rules(rules: readonly Rule[], scope: Scope, depth: number): void {
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const plan = this.plan(rule.conditions, scope);
      const conditional = plan.steps.some((st) => "test" in st);
      this.rule(rule, plan, depth, conditional && i < rules.length - 1);
      if (!conditional) return;
    }
    this.print(depth, "throw new ", this.file.import("EndpointError", RUNTIME), `(${stringLiteral(NO_RULE_MATCHED)});`);
  }

  /** Compiles one rule; `ownBlock`: its `const`s need a block of their own (more rules follow at this level). */
  rule(rule: Rule, plan: Plan, depth: number, ownBlock: boolean): void {
    let d = depth;
    const tests: Doc[] = [];
    const open = (head: Doc[]) => {
      this.print(d, ...head);
      d++;
    };
    const flush = () => {
      if (tests.length === 0) return;
      open(["if (", group([indent([softline, join([" &&", line], tests)]), softline]), ") {"]);
      tests.length = 0;
    };
    let first = true;
    for (const step of plan.steps) {
      if ("test" in step) {
        tests.push(step.test);
      } else {
        if (first && tests.length === 0 && ownBlock) open(["{"]);
        flush();
        this.print(d, group(["const ", step.name, " = ", step.value, ";"]));
      }
      first = false;
    }
    flush();
    this.body(rule, plan.scope, d);
    while (d > depth) {
      d--;
      this.print(d, "}");
    }
  }

  body(rule: Rule, scope: Scope, depth: number): void {
    switch (rule.type) {
      case "tree":
        this.rules(rule.rules, scope, depth);
        return;
      case "error": {
        const message = this.string(rule.error, scope, "an error message");
        const error = this.file.import("EndpointError", RUNTIME);
        this.print(depth, group(["throw new ", error, "(", indent([softline, message]), ifBreak(","), softline, ");"]));
        return;
      }
      case "endpoint": {
        const e = rule.endpoint;
        const headers = Object.entries(e.headers).map(
          ([name, values]) => [name, values.map((v) => code(this.string(v, scope, `the header ${name}`)))] as const,
        );
        const value = obj([
          ["url", code(this.string(e.url, scope, "an endpoint URL"))],
          ["properties", Object.keys(e.properties).length > 0 ? this.property(e.properties, scope) : undefined],
          ["headers", headers.length > 0 ? obj(headers) : undefined],
        ]);
        this.print(depth, "return ", litDoc(value), ";");
      }
    }
  }

  /** An expression that must be a set string. */
  string(e: RuleExpr, scope: Scope, what: string): Doc {
    const c = this.#expr.expr(e, scope);
    if (c.type.optional || c.type.t.k !== "string") this.fail(`${what} must be a set string, not ${typeName(c.type)}.`);
    return c.doc;
  }

  /** An endpoint property value: nested maps and lists of templates, booleans and numbers. */
  property(value: unknown, scope: Scope): Lit {
    if (typeof value === "string") return code(this.string(value, scope, "a property"));
    if (typeof value === "boolean" || typeof value === "number") return value;
    if (Array.isArray(value)) return value.map((v) => this.property(v, scope));
    if (value !== null && typeof value === "object")
      return obj(Object.entries(value).map(([k, v]) => [k, this.property(v, scope)] as const));
    return this.fail("endpoint properties hold strings, booleans, numbers, lists and maps only.");
  }
}

/**
 * Prints `export function <fn>(params: <params>): RuleEndpoint { … }`: the parameters' defaults and
 * required checks, then the compiled rules.
 */
export function printResolver(file: GeneratedFile, ruleSet: RuleSet, names: ResolverNames, fail: (message: string) => never): void {
  const compiler = new RuleCompiler(file, fail);
  const scope = new Map<string, Binding>();
  const used = new Set<string>();
  // Only the parameters the rules read are destructured (an unused local would fail lint).
  const collect = (x: unknown): void => {
    if (typeof x === "string") for (const m of x.matchAll(/\{([^{}#]+)[#}]/g)) used.add(m[1]!);
    else if (Array.isArray(x)) x.forEach(collect);
    else if (x !== null && typeof x === "object")
      for (const [k, v] of Object.entries(x)) k === "ref" && typeof v === "string" ? used.add(v) : collect(v);
  };
  collect(ruleSet.rules);
  const fields: Doc[] = [];
  const required: [string, string][] = [];
  for (const [name, p] of ruleSet.parameters) {
    if (!used.has(name)) continue;
    const js = compiler.jsName(name);
    const type: Typed = p.required ? set(paramType(p.type, true).t) : paramType(p.type, false);
    scope.set(name, { js, type });
    const renamed = js === name ? name : `${name}: ${js}`;
    fields.push(p.default === undefined ? renamed : [renamed, " = ", litDoc(p.default as Lit)]);
    if (p.required && p.default === undefined) required.push([name, js]);
  }
  file.print(`export function ${names.fn}(params: ${names.params}): `, file.importType("RuleEndpoint", RUNTIME), " {");
  if (fields.length > 0) file.print("  ", group(["const {", indent([line, join([",", line], fields)]), ifBreak(","), line, "} = params;"]));
  for (const [name, js] of required) {
    const message = stringLiteral(`Missing required endpoint parameter "${name}".`);
    file.print(`  if (${js} == null) throw new `, file.import("EndpointError", RUNTIME), `(${message});`);
  }
  compiler.rules(ruleSet.rules, scope, 1);
  file.print("}");
}
