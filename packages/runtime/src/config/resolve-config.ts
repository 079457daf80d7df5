import { createRequestHandler, defaultCredentials, loadSigner, platformUserAgent, randomUUID, Sha256 } from "#platform";
import { cacheCredentials } from "../credentials/cache-credentials.js";
import { resolveRetryStrategy } from "../retry/retry-strategy.js";
import type { ServiceSchema } from "../schema.js";
import type { RequestSigner } from "../signing/request-signer.js";
import type { ConstraintChecks } from "../validation/check-constraints.js";
import type { ClientConfig, ResolvedClientConfig } from "./client-config.js";
import { resolveRegionConfig } from "./resolve-region-config.js";

/** The version in the user agent (kept equal to package.json by a test). */
export const RUNTIME_VERSION = "0.1.0";

/** Checks a whole-number option, at construction: a wrong value there is a programming error. */
function count(name: string, value: number | undefined, fallback: number | undefined, min: number): number | undefined {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got ${value}.`);
  return value;
}

/** Checks `validateInput` at construction: `true` (the option's old form) would otherwise silently check nothing. */
function validateOption(value: ConstraintChecks | undefined): ConstraintChecks | undefined {
  if (value !== undefined && typeof value.scalar !== "function")
    throw new TypeError('validateInput takes validateConstraints, imported from "@slimsdk/runtime".');
  return value;
}

/**
 * Applies defaults to a client config. Cheap and free of I/O: region, credentials and endpoint are
 * wrapped in cached providers that run on the first `send()`, so a client never fails to construct
 * for want of credentials.
 */
export function resolveClientConfig(config: ClientConfig, service: ServiceSchema): ResolvedClientConfig {
  const { region, useFipsEndpoint, useDualstackEndpoint, endpoint, customEndpoint } = resolveRegionConfig(config, service);
  const requestHandler = config.requestHandler ?? createRequestHandler();
  const credentials = cacheCredentials(
    config.credentials ?? defaultCredentials({ profile: config.profile, logger: config.logger, region, requestHandler }),
  );
  const sha256 = config.sha256 ?? Sha256;
  const signingRegion = config.signingRegion;
  let signer: Promise<RequestSigner> | undefined;
  const custom = config.customUserAgent ? ` ${config.customUserAgent}` : "";
  return {
    region,
    credentials,
    useFipsEndpoint,
    useDualstackEndpoint,
    endpoint,
    customEndpoint,
    requestHandler,
    maxAttempts: count("maxAttempts", config.maxAttempts, 3, 1)!,
    retryStrategy: resolveRetryStrategy(config.retryStrategy),
    logger: config.logger,
    idempotencyTokenGenerator: config.idempotencyTokenGenerator ?? randomUUID,
    systemClockOffset: config.systemClockOffset ?? 0,
    requestTimeout: count("requestTimeout", config.requestTimeout, undefined, 1),
    validateInput: validateOption(config.validateInput),
    signingRegion,
    sha256,
    disableHostPrefix: config.disableHostPrefix === true,
    signer: () =>
      (signer ??= loadSigner().then((SignatureV4) => new SignatureV4({ service: service.signingName, region, credentials, sha256 }))),
    userAgent: `slimsdk-js/${RUNTIME_VERSION} api/${service.sdkId.replace(/ /g, "-").toLowerCase()}#${service.version} ${platformUserAgent}${custom}`,
  };
}
