/**
 * The official SDK's default credential chain for Node.js (`defaultProvider` of
 * @aws-sdk/credential-provider-node), imported on the first call so that importing a client loads
 * none of it and browser bundles never contain it.
 */
import type { Provider } from "../config/provider.js";
import type { RequestHandler } from "../http/request-handler.js";
import type { Logger } from "../logger.js";
import { type AwsCredentials, type CredentialsProvider, CredentialsProviderError } from "./credentials.js";

/** What the chain gets from the client, as the official clients give it. */
export interface CredentialChainInit {
  /** The client's `profile` (the chain's default: AWS_PROFILE, then `default`). A profile set either way skips the environment keys. */
  readonly profile?: string | undefined;
  /** Receives the chain's debug lines and its warnings. */
  readonly logger?: Logger | undefined;
  /** The client's region: STS (web identity, assumed roles) and SSO calls made for the chain default to it. */
  readonly region: Provider<string>;
  /** The client's request handler, which those calls reuse. */
  readonly requestHandler: RequestHandler;
}

type Chain = ReturnType<typeof import("@aws-sdk/credential-provider-node").defaultProvider>;
/** The client config the chain's providers see (the official clients pass theirs). */
type CallerConfig = NonNullable<NonNullable<Parameters<Chain>[0]>["callerClientConfig"]>;

/** The chain's final link says this when no source had credentials. */
const NOTHING_FOUND = "Could not load credentials from any providers";

/**
 * The chain, in the official order: environment keys (skipped when a profile is set), SSO, the
 * shared credentials and config files (static keys, assumed roles, `credential_process`, web
 * identity and SSO profiles), `credential_process`, the web identity token file, the ECS/EKS
 * container endpoint, the EC2 instance metadata service (IMDSv2). It caches and refreshes itself.
 */
export function nodeCredentialChain(init: CredentialChainInit): CredentialsProvider {
  const clientConfig: CallerConfig = {
    region: init.region,
    requestHandler: init.requestHandler,
    ...(init.profile === undefined ? {} : { profile: init.profile }),
    ...(init.logger === undefined ? {} : { logger: init.logger }),
  };
  let chain: Promise<Chain> | undefined;
  return async (): Promise<AwsCredentials> => {
    chain ??= import("@aws-sdk/credential-provider-node").then((m) =>
      m.defaultProvider({ ...clientConfig, parentClientConfig: clientConfig }),
    );
    const provider = await chain;
    try {
      return await provider({ callerClientConfig: clientConfig });
    } catch (error) {
      if (error instanceof Error && error.message === NOTHING_FOUND) {
        throw new CredentialsProviderError(
          "No AWS credentials found: pass `credentials` in the client config, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile in ~/.aws/config (AWS_PROFILE or the `profile` option selects one).",
          { cause: error },
        );
      }
      throw error;
    }
  };
}
