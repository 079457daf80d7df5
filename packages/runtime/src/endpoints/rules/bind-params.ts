import type { ClientConfig, ResolvedClientConfig } from "../../config/client-config.js";
import type { Endpoint } from "../../protocol.js";
import type { EndpointRules, OperationSchema } from "../../schema.js";
import type { EndpointParams } from "./rule-endpoint.js";

/** A custom endpoint as the URL string the `SDK::Endpoint` parameter takes. */
function endpointUrl(e: Endpoint | undefined): string | undefined {
  return e && `${e.protocol}//${e.hostname}${e.port ? `:${e.port}` : ""}${e.path === "/" ? "" : e.path}`;
}

/** Built-ins the resolved config already holds with their platform defaults (environment and profile in Node.js). */
const RESOLVED: Readonly<Record<string, (config: ResolvedClientConfig) => Promise<unknown>>> = {
  useFipsEndpoint: (config) => config.useFipsEndpoint(),
  useDualstackEndpoint: (config) => config.useDualstackEndpoint(),
  endpoint: async (config) => endpointUrl(await config.customEndpoint()),
  accountId: async (config) => (await config.credentials()).accountId,
};

/** The value of one config source of a rule-set parameter (see `EndpointRules.config`). */
async function configValue(source: string, options: ClientConfig, config: ResolvedClientConfig, region: string): Promise<unknown> {
  if (source === "region") return region;
  const resolved = RESOLVED[source];
  if (resolved) return resolved(config);
  const option = (options as Record<string, unknown>)[source];
  const value = typeof option === "function" ? await option() : option;
  // The default of the AWS SDKs.
  return source === "accountIdEndpointMode" ? (value ?? "preferred") : value;
}

/**
 * The rule-set parameters of one call, from the most general source to the most specific: built-ins
 * and client options from the config, then what the operation binds (static values, input members
 * and input paths, already in their order of precedence). Unset values are left out.
 */
export async function bindEndpointParams(
  rules: EndpointRules,
  operation: OperationSchema,
  input: object,
  options: ClientConfig,
  config: ResolvedClientConfig,
  region: string,
): Promise<EndpointParams> {
  const params: Record<string, unknown> = {};
  for (const name of Object.keys(rules.config)) {
    const value = await configValue(rules.config[name]!, options, config, region);
    if (value != null) params[name] = value;
  }
  const bound = operation.endpointParams?.(input) ?? {};
  for (const name of Object.keys(bound)) if (bound[name] != null) params[name] = bound[name];
  return params as EndpointParams;
}
