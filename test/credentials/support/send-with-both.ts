import { type EndpointCredential, startLocalEndpoint } from "@slimsdk/local-endpoint";
import { expect } from "vitest";
import { type ChildResult, runClient } from "./aws-sandbox.js";

/** What our client and the official one did with the same environment. */
export interface BothResults {
  readonly ours: ChildResult;
  readonly official: ChildResult;
}

/**
 * Starts a local endpoint that accepts only `accepted` (its session token too, when it has one) and
 * runs our client, then the official one, in child processes with `env`.
 */
export async function sendWithBoth(
  accepted: EndpointCredential,
  env: Record<string, string>,
  options: { profile?: string; region?: string } = {},
): Promise<BothResults> {
  const ep = await startLocalEndpoint({ port: 0, credentials: [accepted] });
  try {
    const run = (sdk: "ours" | "official") => runClient(env, { endpoint: ep.url, environment: ep.ids.proton.dev, sdk, ...options });
    const ours = await run("ours");
    ep.reset();
    return { ours, official: await run("official") };
  } finally {
    await ep.close();
  }
}

/** Both clients' calls succeeded (the endpoint verified the signature) and were signed with `accessKeyId` for `region`. */
export function expectSignedBy(results: BothResults, accessKeyId: string, region?: string): void {
  for (const [sdk, r] of Object.entries(results)) {
    expect({ sdk, status: r.status, accessKeyId: r.accessKeyId, error: r.error }).toEqual({
      sdk,
      status: 200,
      accessKeyId,
      error: undefined,
    });
    if (region !== undefined) expect({ sdk, region: r.region }).toEqual({ sdk, region });
  }
}
