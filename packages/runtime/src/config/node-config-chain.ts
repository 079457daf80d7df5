/**
 * The official SDK's Node.js configuration chains for region, FIPS and dual-stack, run by @smithy's
 * `loadConfig` (the code behind @smithy/node-config-provider and @smithy/config-resolver, which
 * re-export it from `@smithy/core/config`). The module is imported on first use, so importing a
 * client loads none of it and browser bundles never contain it.
 */
import type { Logger } from "../logger.js";
import type { Provider } from "./provider.js";

/** What the chains read besides the environment: the client's `profile` (default: AWS_PROFILE, then `default`) and logger. */
export interface ConfigChainInit {
  readonly profile?: string | undefined;
  readonly logger?: Logger | undefined;
}

type ConfigModule = typeof import("@smithy/core/config");
let loaded: Promise<ConfigModule> | undefined;
const configModule = (): Promise<ConfigModule> => (loaded ??= import("@smithy/core/config"));

/** The loader options of the official clients: the profile, and the logger the chain reports to. */
const loaderConfig = (init: ConfigChainInit) => ({
  ...(init.profile === undefined ? {} : { profile: init.profile }),
  ...(init.logger === undefined ? {} : { logger: init.logger }),
});

/**
 * The region: AWS_REGION, then `region` of the profile in the shared credentials and config files,
 * then the EC2 instance metadata service (unless AWS_EC2_METADATA_DISABLED is set). Resolves to
 * `undefined` when none has one, so the caller reports the missing region in its own words.
 */
export function nodeRegion(init: ConfigChainInit): Provider<string | undefined> {
  let provider: Provider<string> | undefined;
  return async () => {
    if (!provider) {
      const m = await configModule();
      provider = m.loadConfig(m.NODE_REGION_CONFIG_OPTIONS, { ...m.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig(init) });
    }
    try {
      return await provider();
    } catch (error) {
      // The chain's own last link throws a bare "Region is missing"; anything else (a malformed file) is passed on.
      if (error instanceof Error && error.message === "Region is missing") return undefined;
      throw error;
    }
  };
}

/** `useFipsEndpoint`: AWS_USE_FIPS_ENDPOINT, then the profile's `use_fips_endpoint`, default false. */
export function nodeUseFipsEndpoint(init: ConfigChainInit): Provider<boolean> {
  let provider: Provider<boolean> | undefined;
  return async () => {
    if (!provider) {
      const m = await configModule();
      provider = m.loadConfig(m.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig(init));
    }
    return provider();
  };
}

/** `useDualstackEndpoint`: AWS_USE_DUALSTACK_ENDPOINT, then the profile's `use_dualstack_endpoint`, default false. */
export function nodeUseDualstackEndpoint(init: ConfigChainInit): Provider<boolean> {
  let provider: Provider<boolean> | undefined;
  return async () => {
    if (!provider) {
      const m = await configModule();
      provider = m.loadConfig(m.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig(init));
    }
    return provider();
  };
}

/**
 * The endpoint URL set for a service outside the code, as the official clients read it (through
 * `@smithy/core/endpoints`, imported on first use): AWS_ENDPOINT_URL_<SERVICE ID>, AWS_ENDPOINT_URL, then
 * the profile's `services` section or `endpoint_url` (the profile of AWS_PROFILE: the official clients
 * do not pass their `profile` option here); nothing when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS or
 * `ignore_configured_endpoint_urls` is true.
 */
export function nodeConfiguredEndpoint(serviceId: string): Provider<string | undefined> {
  let provider: Provider<string | undefined> | undefined;
  return async () => {
    if (!provider) {
      const m = await import("@smithy/core/endpoints");
      const resolved = m.resolveEndpointConfig({ serviceId } as Parameters<typeof m.resolveEndpointConfig>[0]);
      provider = resolved.serviceConfiguredEndpoint ?? (async () => undefined);
    }
    return provider();
  };
}
