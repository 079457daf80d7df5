/**
 * Where a rule-set service's endpoint parameters come from, as generated code: the service's map of
 * parameters to client options (`ServiceSchema.endpointRules.config`), the options its client config
 * adds for `clientContextParams`, and each operation's bindings (`OperationSchema.endpointParams`:
 * `staticContextParams`, `contextParam` members, `operationContextParams` paths, in that order of precedence).
 */
import { BUILT_IN_OPTIONS, clientOptionName, RUNTIME_OPTIONS } from "../endpoints/client-options.js";
import { compileContextPath } from "../endpoints/context-path.js";
import { type RuleSet, readRuleSet } from "../endpoints/rule-set.js";
import type { Node, OperationShape } from "../model/shape.js";
import { type Doc, join } from "../printer/doc.js";
import { isIdentifier, propertyKey } from "../printer/identifiers.js";
import { code, fromData, type Lit, litDoc, obj } from "../printer/literal.js";
import { GenerateError, isUnit, membersOf, type ServiceContext } from "./service-context.js";
import { T, traitObject } from "./traits.js";

/** The service's endpoint rule set, when its model has one. */
export function endpointRuleSetOf(ctx: ServiceContext): RuleSet | undefined {
  const value = ctx.service.traits.get(T.endpointRuleSet);
  return value === undefined ? undefined : readRuleSet(value, ctx.service.id);
}

/** The `clientContextParams` of the service: parameter name → its declared type and documentation. */
function clientContextParams(ctx: ServiceContext): ReadonlyMap<string, { readonly type: string; readonly documentation?: string }> {
  const out = new Map<string, { type: string; documentation?: string }>();
  for (const [name, v] of Object.entries(traitObject(ctx.service, T.clientContextParams) ?? {})) {
    const o = (v ?? {}) as { readonly type?: Node; readonly documentation?: Node };
    out.set(name, {
      type: String(o.type ?? "string").toLowerCase(),
      ...(typeof o.documentation === "string" ? { documentation: o.documentation } : {}),
    });
  }
  return out;
}

/** The client option each parameter is set from (parameters set only by operations are absent). */
export function endpointConfig(ctx: ServiceContext, ruleSet: RuleSet): Map<string, string> {
  const ccp = clientContextParams(ctx);
  const out = new Map<string, string>();
  for (const [name, p] of ruleSet.parameters) {
    if (ccp.has(name)) out.set(name, clientOptionName(name));
    else if (p.builtIn !== undefined) {
      const option = BUILT_IN_OPTIONS[p.builtIn];
      if (option === undefined)
        throw new GenerateError(
          `${ctx.service.id}: the endpoint parameter ${name} uses the built-in ${p.builtIn}, which clients do not support (supported: ${Object.keys(BUILT_IN_OPTIONS).join(", ")}).`,
        );
      out.set(name, option);
    }
  }
  return out;
}

/** An option a rule-set client's config declares beyond the runtime's `ClientConfig`. */
export interface EndpointOption {
  readonly name: string;
  readonly type: "string" | "boolean";
  readonly documentation: string;
}

/** The options of `clientContextParams` and of S3-style built-ins, by option name. */
export function endpointOptions(ctx: ServiceContext, ruleSet: RuleSet): EndpointOption[] {
  const ccp = clientContextParams(ctx);
  const options = new Map<string, EndpointOption>();
  for (const [param, option] of endpointConfig(ctx, ruleSet)) {
    if (RUNTIME_OPTIONS.has(option) || options.has(option)) continue;
    const p = ruleSet.parameters.get(param)!;
    const type = p.type === "boolean" ? "boolean" : "string";
    const doc = ccp.get(param)?.documentation ?? p.documentation ?? `The \`${param}\` endpoint parameter.`;
    options.set(option, { name: option, type, documentation: doc });
  }
  return [...options.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** `ServiceSchema.endpointRules`: the compiled resolver and the parameters' client options. */
export function endpointRulesLit(ctx: ServiceContext, ruleSet: RuleSet, resolver: Doc): Lit {
  const config = [...endpointConfig(ctx, ruleSet)].map(([param, option]) => [param, option] as const);
  return obj([
    ["resolve", code(resolver)],
    ["config", obj(config)],
  ]);
}

function check(ctx: ServiceContext, ruleSet: RuleSet, op: OperationShape, param: string, what: string): void {
  if (!ruleSet.parameters.has(param))
    throw new GenerateError(`${op.id}: ${what} binds "${param}", which is not a parameter of the endpoint rule set of ${ctx.service.id}.`);
}

/** `OperationSchema.endpointParams` of an operation: an arrow function from the input to the parameters it binds, if any. */
export function operationEndpointParams(ctx: ServiceContext, ruleSet: RuleSet, op: OperationShape): Lit | undefined {
  const bindings = new Map<string, { doc: Doc; conditional: boolean }[]>();
  const add = (param: string, doc: Doc, conditional = false) => bindings.set(param, [...(bindings.get(param) ?? []), { doc, conditional }]);
  let usesInput = false;
  for (const [param, v] of Object.entries(traitObject(op, T.staticContextParams) ?? {})) {
    check(ctx, ruleSet, op, param, "staticContextParams");
    add(param, litDoc(fromData((v as { value?: unknown } | null)?.value ?? null)));
  }
  if (!isUnit(op.input)) {
    for (const m of membersOf(ctx.shape(op.input))) {
      const name = (m.traits.get(T.contextParam) as { name?: unknown } | undefined)?.name;
      if (typeof name !== "string") continue;
      check(ctx, ruleSet, op, name, `the contextParam of ${m.name}`);
      add(name, isIdentifier(m.name) ? `i.${m.name}` : `i[${propertyKey(m.name)}]`);
      usesInput = true;
    }
  }
  for (const [param, v] of Object.entries(traitObject(op, T.operationContextParams) ?? {})) {
    check(ctx, ruleSet, op, param, "operationContextParams");
    const path = (v as { path?: unknown } | null)?.path;
    if (typeof path !== "string") throw new GenerateError(`${op.id}: operationContextParams ${param} has no path.`);
    const compiled = compileContextPath(path, "i", (message) => {
      throw new GenerateError(`${op.id}: ${message}`);
    });
    add(param, compiled.code, compiled.conditional);
    usesInput = true;
  }
  if (bindings.size === 0) return undefined;
  // A static value always wins; a member or path that is unset gives way to the next.
  const entries = [...bindings].map(([param, values]) => {
    const docs = values.map((v) => (v.conditional && values.length > 1 ? ["(", v.doc, ")"] : v.doc));
    return [param, code(join(" ?? ", docs))] as const;
  });
  return code([usesInput ? "(i) => (" : "() => (", litDoc(obj(entries)), ")"]);
}
