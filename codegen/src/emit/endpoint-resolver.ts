/**
 * Emits `src/endpoint/resolve-endpoint.ts`: the service's endpoint rule set compiled to TypeScript,
 * with the interface of its parameters. The rules become code (see endpoints/compile-rules.ts), not
 * data for an interpreter, so the module imports only the runtime helpers its rules call.
 */
import { printResolver } from "../endpoints/compile-rules.js";
import { readRuleSet } from "../endpoints/rule-set.js";
import { GeneratedFile } from "../printer/generated-file.js";
import { propertyKey } from "../printer/identifiers.js";
import { GenerateError } from "./service-context.js";

/** The name of the compiled resolver function. */
export const RESOLVER_FN = "resolveEndpoint";

/** What the resolver module is generated from. */
export interface EndpointResolverOptions {
  /** Output path of the module. */
  readonly path: string;
  /** The prefix of generated names (e.g. `Proton`: `ProtonEndpointParams`). */
  readonly prefix: string;
  /** The service shape id, named in errors and in the doc comments. */
  readonly serviceId: string;
  /** The model files, for the `@generated` header. */
  readonly sources?: readonly string[];
}

/** The name of the parameters interface, e.g. `ProtonEndpointParams`. */
export function endpointParamsName(prefix: string): string {
  return `${prefix}EndpointParams`;
}

/** Emits the resolver module of a rule set (the `smithy.rules#endpointRuleSet` trait value, as JSON). */
export function emitEndpointResolver(ruleSetValue: unknown, options: EndpointResolverOptions): GeneratedFile {
  const fail = (message: string): never => {
    throw new GenerateError(`${options.serviceId}: endpoint rule set: ${message}`);
  };
  const ruleSet = readRuleSet(ruleSetValue, options.serviceId);
  const f = new GeneratedFile(options.path, { sources: options.sources ?? [] });
  const params = endpointParamsName(options.prefix);
  f.declare(params);
  f.declare(RESOLVER_FN);
  f.printDoc(
    "The parameters of the endpoint rule set. Clients set them from their config and from each operation's input; unset ones are left out.",
    [`@generated from ${options.serviceId}`],
  );
  f.print(`export interface ${params} {`);
  for (const [name, p] of ruleSet.parameters) {
    const notes = [
      p.builtIn ? `Built-in \`${p.builtIn}\`.` : undefined,
      p.default !== undefined ? `Default \`${JSON.stringify(p.default)}\`.` : undefined,
    ]
      .filter((n) => n !== undefined)
      .join(" ");
    const doc = [p.documentation, notes].filter((d) => d).join("\n\n");
    const tags = p.deprecated
      ? [`@deprecated ${[p.deprecated.message, p.deprecated.since && `(since ${p.deprecated.since})`].filter((x) => x).join(" ")}`.trim()]
      : [];
    f.printDoc(doc || undefined, tags, "  ");
    const type = p.type === "string" ? "string" : p.type === "boolean" ? "boolean" : "readonly string[]";
    f.print(`  readonly ${propertyKey(name)}?: ${type} | undefined;`);
  }
  f.print("}");
  f.print();
  f.printDoc(`Resolves the endpoint of a request from its rule-set parameters: the rules of ${options.serviceId}, compiled.`, [
    "@throws EndpointError when the rules reject the parameters.",
  ]);
  printResolver(f, ruleSet, { fn: RESOLVER_FN, params }, fail);
  return f;
}
