import { describe, expect, it, vi } from "vitest";
import { Command } from "../command.js";
import { CREDENTIALS, FakeClient, StubHandler, testConfig, Upgrade$ } from "../testing/fakes.js";

vi.mock("#platform", () => import("../platform/node.js"));

type Out = { $metadata: { attempts?: number } };

describe("an attempt given up by its timeout", () => {
  it("never sends its request once it resumes, while a later attempt runs", async () => {
    // Credentials arrive only after two attempts timed out while signing; then all three resume at once.
    let release: () => void = () => {};
    const late = new Promise<void>((r) => {
      release = r;
    });
    const handler = new StubHandler();
    let decisions = 0;
    const client = new FakeClient(
      testConfig(handler, {
        credentials: async () => {
          await late;
          return CREDENTIALS;
        },
        requestTimeout: 20,
        retryStrategy: {
          sleep: async () => {},
          shouldRetry: () => {
            if (++decisions === 2) release();
            return true;
          },
        },
      }),
    );
    const out = await client.send(new Command<Record<string, unknown>, Out, "Fake">({ WorkloadId: "w" }, Upgrade$));
    expect(out.$metadata.attempts).toBe(3);
    await new Promise((r) => setTimeout(r, 30));
    // Before the fix the two abandoned attempts read the third attempt's signal and sent their requests too.
    expect(handler.requests.map((r) => r.headers["amz-sdk-request"])).toEqual(["attempt=3; max=3"]);
    expect(handler.options[0]?.abortSignal?.aborted).toBe(false);
  });
});
