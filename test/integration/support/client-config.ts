import type { LocalEndpoint } from "@slimsdk/local-endpoint";
import type { ClientConfig } from "@slimsdk/runtime";

/** The config every client in these tests starts from: the endpoint's URL, a region, its accepted credential, `extra` on top. */
export function clientConfig(endpoint: LocalEndpoint, extra: ClientConfig = {}): ClientConfig {
  const { accessKeyId, secretAccessKey } = endpoint.credentials[0]!;
  return { region: "us-east-1", endpoint: endpoint.url, credentials: { accessKeyId, secretAccessKey }, ...extra };
}

/** No second attempt, so an injected fault reaches the caller as the typed error it is. */
export const NO_RETRIES: ClientConfig = { maxAttempts: 1 };

/** Retries without waiting: the tests check the number of attempts, never how long they took. */
export const INSTANT_RETRIES: ClientConfig = { retryStrategy: { computeDelay: () => 0 } };
