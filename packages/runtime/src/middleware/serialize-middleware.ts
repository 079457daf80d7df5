import type { Middleware } from "./types.js";

/** `serialize`: resolves region and endpoint, then lets the service's protocol codec build the unsigned request. */
export const serializeMiddleware: Middleware = (next, context) => async (args) => {
  const { config, service, operation } = context;
  const region = await config.region();
  const endpoint = await config.endpoint(region);
  context.region = region;
  context.endpoint = endpoint;
  return next({ ...args, request: service.protocol.serializeRequest(operation, args.input, { service, endpoint }) });
};
