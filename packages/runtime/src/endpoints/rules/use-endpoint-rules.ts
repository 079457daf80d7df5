import type { ClientConfig } from "../../config/client-config.js";
import type { MiddlewareStack } from "../../middleware/middleware-stack.js";
import { signingMiddleware } from "../../middleware/signing-middleware.js";
import type { Middleware } from "../../middleware/types.js";
import { parseEndpoint } from "../parse-endpoint.js";
import { endpointSigning } from "./auth-scheme.js";
import { bindEndpointParams } from "./bind-params.js";

const ACCOUNT_ID_MODES = ["disabled", "preferred", "required"];

/**
 * Makes a client resolve its endpoints with its service's compiled rule set (`ServiceSchema.endpointRules`):
 * the serializer binds the rule-set parameters (config, then the operation's bindings), resolves the
 * endpoint, builds the request for it and adds the endpoint's headers; the signer signs with the
 * endpoint's sigv4 signing name and region. Both replace the default middleware of the same name, so
 * clients of services without a rule set carry none of this. Generated clients call it when their model
 * has a rule set; a bad `accountIdEndpointMode` is refused here, at construction.
 */
export function useEndpointRules(stack: MiddlewareStack, options: ClientConfig): void {
  const mode = options.accountIdEndpointMode;
  if (mode !== undefined && typeof mode !== "function" && !ACCOUNT_ID_MODES.includes(mode)) {
    throw new Error(`accountIdEndpointMode must be "disabled", "preferred" or "required", got ${JSON.stringify(mode)}.`);
  }
  const serialize: Middleware = (next, context) => async (args) => {
    const { config, service, operation } = context;
    const rules = service.endpointRules;
    if (!rules) throw new Error(`${context.clientName}: service ${service.id} has no endpoint rule set.`);
    const region = await config.region();
    const resolved = rules.resolve(await bindEndpointParams(rules, operation, args.input, options, config, region));
    const endpoint = parseEndpoint(resolved.url);
    context.region = region;
    context.endpoint = endpoint;
    const signing = endpointSigning(resolved.properties, context.commandName);
    if (signing) context.signing = signing;
    const request = service.protocol.serializeRequest(operation, args.input, { service, endpoint });
    const headers = resolved.headers ?? {};
    for (const name of Object.keys(headers)) request.headers[name] = headers[name]!.join(",");
    return next({ ...args, request });
  };
  // Per attempt: the default signer, reading the endpoint's signing name and region where the service's would be.
  const sign: Middleware = (next, context) => (args) => {
    const s = context.signing;
    const signingContext = s
      ? {
          ...context,
          region: s.region ?? context.region!,
          service: { ...context.service, signingName: s.name ?? context.service.signingName },
        }
      : context;
    return signingMiddleware(next, signingContext)(args);
  };
  stack.add(serialize, { step: "serialize", name: "serializerMiddleware", override: true });
  stack.add(sign, { step: "finalizeRequest", name: "signingMiddleware", priority: "low", override: true });
}
