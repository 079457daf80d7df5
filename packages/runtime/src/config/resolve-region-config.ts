import { defaultConfiguredEndpoint, defaultRegion, defaultUseDualstackEndpoint, defaultUseFipsEndpoint } from "#platform";
import { type EndpointInput, parseEndpoint } from "../endpoints/parse-endpoint.js";
import { checkRegion, isFipsRegion, realRegion, regionEndpoint } from "../endpoints/region-endpoint.js";
import type { Endpoint } from "../protocol.js";
import type { ClientConfig } from "./client-config.js";
import { memoize, type Provider } from "./provider.js";

/** The region, the endpoint variant and the endpoint of a client, each resolved once on first use. */
export interface RegionConfig {
  /** The region to sign for and to put in the host (a FIPS pseudo-region such as `us-east-1-fips` becomes `us-east-1`). */
  readonly region: Provider<string>;
  /** True when the option, the platform default or a FIPS pseudo-region asks for the FIPS endpoint. */
  readonly useFipsEndpoint: Provider<boolean>;
  readonly useDualstackEndpoint: Provider<boolean>;
  /** The `endpoint` option, else the endpoint URL configured for the service, else the regional endpoint of the variant (cached per region). */
  readonly endpoint: (region: string) => Promise<Endpoint>;
  /** The `endpoint` option, else the endpoint URL configured for the service (in Node.js), else undefined. */
  readonly customEndpoint: Provider<Endpoint | undefined>;
}

/** A provider of a boolean option (checked when it resolves), defaulting to the platform's chain. */
function flag(name: string, value: boolean | Provider<boolean> | undefined, fallback: Provider<boolean>): Provider<boolean> {
  return memoize<unknown, boolean>(value ?? fallback, (v) => {
    if (typeof v !== "boolean")
      throw new TypeError(`${name} must be true or false (or a function resolving to one), got ${JSON.stringify(v)}.`);
    return v;
  });
}

/**
 * Resolves `region`, `useFipsEndpoint`, `useDualstackEndpoint` and `endpoint` as the official
 * clients do: options first, then (in Node.js) the environment and the shared config profile
 * chosen by `profile`. A custom endpoint (the option, or one configured for the service) cannot be
 * combined with FIPS or dual-stack (the services' rule sets refuse it with these words).
 */
export function resolveRegionConfig(
  config: ClientConfig,
  service: { readonly endpointPrefix: string; readonly sdkId: string },
): RegionConfig {
  const init = { profile: config.profile, logger: config.logger };
  const given = memoize<string | undefined, string>(config.region ?? defaultRegion(init), checkRegion);
  const region = memoize(given, realRegion);
  const fipsOption = flag("useFipsEndpoint", config.useFipsEndpoint, defaultUseFipsEndpoint(init));
  const useFipsEndpoint = memoize(
    async () => isFipsRegion(await given()) || fipsOption(),
    (v: boolean) => v,
  );
  const useDualstackEndpoint = flag("useDualstackEndpoint", config.useDualstackEndpoint, defaultUseDualstackEndpoint(init));
  const override =
    config.endpoint === undefined
      ? memoize(defaultConfiguredEndpoint(service.sdkId), (url) => (url === undefined ? undefined : parseEndpoint(url)))
      : memoize<string | EndpointInput, Endpoint>(config.endpoint, parseEndpoint);
  const endpoints = new Map<string, Endpoint>();
  const resolve = async (r: string): Promise<Endpoint> => {
    const [custom, fips, dualstack] = await Promise.all([override(), useFipsEndpoint(), useDualstackEndpoint()]);
    if (custom) {
      if (fips) throw new Error("Invalid Configuration: FIPS and custom endpoint are not supported");
      if (dualstack) throw new Error("Invalid Configuration: Dualstack and custom endpoint are not supported");
      return custom;
    }
    return regionEndpoint(service.endpointPrefix, r, { useFipsEndpoint: fips, useDualstackEndpoint: dualstack });
  };
  return {
    region,
    useFipsEndpoint,
    useDualstackEndpoint,
    customEndpoint: override,
    endpoint: async (r) => {
      let e = endpoints.get(r);
      if (!e) {
        e = await resolve(r);
        endpoints.set(r, e);
      }
      return e;
    },
  };
}
