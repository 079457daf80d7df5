import type { ChecksumConstructor } from "@smithy/types";
import type { AwsCredentials, CredentialsProvider } from "../credentials/credentials.js";
import type { EndpointInput } from "../endpoints/parse-endpoint.js";
import type { RequestHandler } from "../http/request-handler.js";
import type { Logger } from "../logger.js";
import type { Endpoint } from "../protocol.js";
import type { RetryStrategy, RetryStrategyOptions } from "../retry/retry-strategy.js";
import type { RequestSigner } from "../signing/request-signer.js";
import type { ConstraintChecks } from "../validation/check-constraints.js";
import type { Provider } from "./provider.js";

/** What a client is constructed with; every field is optional and nothing is resolved before the first `send()`. */
export interface ClientConfig {
  /** The AWS region, e.g. `us-east-1` (Node.js default: AWS_REGION, then the profile's `region`, then EC2 instance metadata). */
  readonly region?: string | Provider<string> | undefined;
  /**
   * Static credentials or an async provider (cached until five minutes before `expiration`). Node.js
   * default: the official SDK's credential chain (environment, SSO, shared files, process, web identity, container, IMDS).
   */
  readonly credentials?: AwsCredentials | CredentialsProvider | undefined;
  /** The shared-config profile the Node.js defaults read (default: AWS_PROFILE, then `default`); set, it wins over environment keys. */
  readonly profile?: string | undefined;
  /** Use the FIPS endpoint (Node.js default: AWS_USE_FIPS_ENDPOINT, then the profile's `use_fips_endpoint`, else false). */
  readonly useFipsEndpoint?: boolean | Provider<boolean> | undefined;
  /** Use the dual-stack endpoint (Node.js default: AWS_USE_DUALSTACK_ENDPOINT, then the profile's `use_dualstack_endpoint`, else false). */
  readonly useDualstackEndpoint?: boolean | Provider<boolean> | undefined;
  /** Sends requests here instead of the regional endpoint; signing still uses `region`. */
  readonly endpoint?: string | EndpointInput | Provider<string | EndpointInput> | undefined;
  /** Sends the HTTP requests (default: NodeHttpHandler in Node.js, FetchHttpHandler in browsers). */
  readonly requestHandler?: RequestHandler | undefined;
  /** Attempts per call, the first included (default 3). */
  readonly maxAttempts?: number | undefined;
  /** Hooks of the retry strategy (delays, randomness, which errors to retry). */
  readonly retryStrategy?: RetryStrategyOptions | undefined;
  /** Receives one line per call, with `@sensitive` members redacted (default: no logging). */
  readonly logger?: Logger | undefined;
  /** Makes idempotency tokens (default: a random UUID v4). */
  readonly idempotencyTokenGenerator?: (() => string) | undefined;
  /** Milliseconds to add to the local clock when signing; corrected automatically after clock-skew errors. */
  readonly systemClockOffset?: number | undefined;
  /** Milliseconds an attempt may take before it fails with a (retryable) `TimeoutError`. */
  readonly requestTimeout?: number | undefined;
  /**
   * Also check `@length`, `@pattern`, `@range` and enum values before sending: pass `validateConstraints`
   * (from `@slimsdk/runtime`; default: not checked, and the checks are not bundled).
   */
  readonly validateInput?: ConstraintChecks | undefined;
  /** Appended to the user agent. */
  readonly customUserAgent?: string | undefined;
  /** Signs for this region instead of `region`. */
  readonly signingRegion?: string | undefined;
  /** The SHA-256 implementation used for signing (default: node:crypto in Node.js, sha256-js in browsers). */
  readonly sha256?: ChecksumConstructor | undefined;
  /** Do not prefix the host with the operation's `@endpoint(hostPrefix)` (default false). */
  readonly disableHostPrefix?: boolean | undefined;
  /** Send the bodies of `@requestCompression` operations uncompressed (default false). */
  readonly disableRequestCompression?: boolean | undefined;
  /** Bodies of `@requestCompression` operations smaller than this are sent uncompressed (bytes, 0–10485760, default 10240). */
  readonly requestMinCompressionSizeBytes?: number | undefined;
  /** Whether to use account-based endpoints where the service has them (`AWS::Auth::AccountIdEndpointMode`; default `preferred`). */
  readonly accountIdEndpointMode?: "disabled" | "preferred" | "required" | Provider<"disabled" | "preferred" | "required"> | undefined;
}

/** A client's configuration with defaults applied; providers are resolved (and cached) on first use. */
export interface ResolvedClientConfig {
  readonly region: Provider<string>;
  readonly credentials: CredentialsProvider;
  readonly useFipsEndpoint: Provider<boolean>;
  readonly useDualstackEndpoint: Provider<boolean>;
  /** The endpoint for a region: the override, or the regional endpoint of the FIPS / dual-stack variant (cached per region). */
  readonly endpoint: (region: string) => Promise<Endpoint>;
  /** The `endpoint` option, else the endpoint URL configured for the service (Node.js), else undefined: the rule sets' `SDK::Endpoint`. */
  readonly customEndpoint: Provider<Endpoint | undefined>;
  readonly requestHandler: RequestHandler;
  readonly maxAttempts: number;
  readonly retryStrategy: RetryStrategy;
  readonly logger: Logger | undefined;
  readonly idempotencyTokenGenerator: () => string;
  /** Updated when the service reports a skewed clock. */
  systemClockOffset: number;
  readonly requestTimeout: number | undefined;
  /** The constraint checks to run before sending, if any. */
  readonly validateInput: ConstraintChecks | undefined;
  readonly signingRegion: string | undefined;
  readonly sha256: ChecksumConstructor;
  readonly disableHostPrefix: boolean;
  /** The SigV4 signer (created on first use). */
  readonly signer: Provider<RequestSigner>;
  /** The `x-amz-user-agent` value. */
  readonly userAgent: string;
}
