/** Client settings for the local endpoint, shared by the tests that talk to it over real HTTP. */
import type { LocalEndpoint } from "@slimsdk/local-endpoint";
import type { ClientConfig } from "@slimsdk/runtime";

/** The local endpoint's default credentials. */
export const LOCAL_CREDENTIALS = { accessKeyId: "AKIDLOCALENDPOINT", secretAccessKey: "local-endpoint-secret" } as const;

/** A client config pointing at `ep`, with tiny retry delays so retries cost milliseconds, plus `extra`. */
export function localConfig(ep: LocalEndpoint, extra: ClientConfig = {}): ClientConfig {
  return {
    region: "us-east-1",
    endpoint: ep.url,
    credentials: LOCAL_CREDENTIALS,
    retryStrategy: { computeDelay: (attempt) => 2 * attempt },
    ...extra,
  };
}

/** Polls `check` every few milliseconds until it holds, at most `maxPolls` times; returns whether it held. */
export async function waitUntil(check: () => boolean, maxPolls = 400, everyMs = 5): Promise<boolean> {
  for (let i = 0; i < maxPolls; i++) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return check();
}
