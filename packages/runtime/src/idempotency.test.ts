import { describe, expect, it, vi } from "vitest";
import { Command } from "./command.js";
import { fillIdempotencyTokens } from "./idempotency.js";
import { FakeClient, StubHandler, testConfig, Upgrade$ } from "./testing/fakes.js";

vi.mock("#platform", () => import("./platform/node.js"));

const upgrade = (input: Record<string, unknown>) => new Command<Record<string, unknown>, object, "Fake">(input, Upgrade$);
const sentToken = (h: StubHandler, i: number) => JSON.parse(h.requests[i]!.body as string).ClientRequestToken;

describe("idempotency tokens", () => {
  it("fills an unset token with a UUID v4 by default, without touching the caller's input", async () => {
    const handler = new StubHandler();
    const input = Object.freeze({ WorkloadId: "w" });
    await new FakeClient(testConfig(handler)).send(upgrade(input));
    expect(sentToken(handler, 0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(input).toEqual({ WorkloadId: "w" });
  });

  it("keeps a caller-set token and uses the configured generator once per send", async () => {
    const handler = new StubHandler();
    let n = 0;
    const client = new FakeClient(testConfig(handler, { idempotencyTokenGenerator: () => `token-${++n}` }));
    await client.send(upgrade({ WorkloadId: "w", ClientRequestToken: "mine" }));
    await client.send(upgrade({ WorkloadId: "w" }));
    await client.send(upgrade({ WorkloadId: "w" }));
    expect([0, 1, 2].map((i) => sentToken(handler, i))).toEqual(["mine", "token-1", "token-2"]);
  });

  it("sends the same token on every retry", async () => {
    const handler = new StubHandler([{ status: 500 }, { status: 503 }, { status: 200, body: "{}" }]);
    let n = 0;
    await new FakeClient(testConfig(handler, { idempotencyTokenGenerator: () => `t${++n}` })).send(upgrade({ WorkloadId: "w" }));
    expect(handler.requests.map((_, i) => sentToken(handler, i))).toEqual(["t1", "t1", "t1"]);
  });

  it("fillIdempotencyTokens returns the same object when nothing is missing", () => {
    const input = { WorkloadId: "w", ClientRequestToken: "x" };
    expect(fillIdempotencyTokens(Upgrade$, input, () => "y")).toBe(input);
    const filled = fillIdempotencyTokens(Upgrade$, { WorkloadId: "w", ClientRequestToken: null }, () => "y");
    expect(filled.ClientRequestToken).toBe("y");
  });
});
