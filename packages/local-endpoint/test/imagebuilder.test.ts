import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type LocalEndpoint, startLocalEndpoint } from "../src/index.js";
import { startResourceStateUpdate } from "./helpers/calls.js";

let ep: LocalEndpoint;
beforeAll(async () => {
  ep = await startLocalEndpoint();
});
afterAll(() => ep.close());
beforeEach(() => ep.reset());

const img = () => ep.ids.imageBuilder;
const request = (resourceArn: string, clientToken = "token-1", status = "DEPRECATED") => ({ resourceArn, clientToken, state: { status } });

describe("StartResourceStateUpdate", () => {
  it("starts an update and answers an lce- execution id", async () => {
    const res = await startResourceStateUpdate(ep.url, {
      ...request(img().available),
      includeResources: { amis: true, snapshots: false },
      exclusionRules: {
        amis: { isPublic: true, lastLaunched: { unit: "DAYS", value: 30 }, sharedAccounts: ["111122223333"], tagMap: { keep: "yes" } },
      },
      updateAt: 1767225600,
      executionRole: "arn:aws:iam::123456789012:role/ImageLifecycle",
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      lifecycleExecutionId: expect.stringMatching(/^lce-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/),
      resourceArn: img().available,
    });
    expect(ep.state.imageBuilder.images.get(img().available)!.status).toBe("DEPRECATED");
    expect(ep.stats().created.resourceStateUpdates).toBe(1);
  });

  it("replays the same token and rejects it with other parameters (IdempotentParameterMismatchException)", async () => {
    const first = await startResourceStateUpdate(ep.url, request(img().available, "tok"));
    const again = await startResourceStateUpdate(ep.url, request(img().available, "tok"));
    expect(again.json).toEqual(first.json);
    expect(ep.stats().created.resourceStateUpdates).toBe(1);
    const other = await startResourceStateUpdate(ep.url, request(img().available, "tok", "DISABLED"));
    expect(other.status).toBe(400);
    expect(other.headers["x-amzn-errortype"]).toBe("IdempotentParameterMismatchException");
  });

  it("answers InvalidRequestException for input that breaks the model's constraints", async () => {
    const res = await startResourceStateUpdate(ep.url, {
      resourceArn: "arn:aws:imagebuilder:us-east-1:123456789012:image/Web/1.0/1",
      state: { status: "GONE" },
      exclusionRules: { amis: { lastLaunched: { unit: "DAYS", value: 400 } } },
      updateAt: "2026-01-01T00:00:00Z",
    });
    expect(res.status).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("InvalidRequestException");
    expect(res.json.message).toMatch(/^5 validation errors detected: /);
    expect(res.json.message).toContain(
      "'exclusionRules.amis.lastLaunched.value' failed to satisfy constraint: Member must have value less than or equal to 365",
    );
    expect(res.json.message).toContain("'updateAt' failed to satisfy constraint: Member must be a timestamp in epoch seconds");
    expect(res.json.message).toContain("Value null at 'clientToken' failed to satisfy constraint: Member must not be null");
  });

  it("answers each modeled error in its situation", async () => {
    const cases: [unknown, number, string][] = [
      [request("arn:aws:imagebuilder:us-east-1:123456789012:image/nope/1.0.0/1"), 404, "ResourceNotFoundException"],
      [request(img().amazonManaged), 403, "ForbiddenException"],
      [request(img().otherAccount), 403, "ForbiddenException"],
      [request(img().busy), 400, "ResourceInUseException"],
      [request(img().deleted), 400, "ClientException"],
      [{ ...request(img().available), executionRole: "arn:aws:iam::999999999999:role/Other" }, 400, "ClientException"],
      [{ resourceArn: img().available, clientToken: "t", state: {} }, 400, "InvalidRequestException"],
    ];
    for (const [body, status, code] of cases) {
      const res = await startResourceStateUpdate(ep.url, body);
      expect([res.status, res.headers["x-amzn-errortype"], typeof res.json.message]).toEqual([status, code, "string"]);
    }
    expect(ep.stats().created.resourceStateUpdates).toBe(0);
  });

  it("answers CallRateLimitExceeded, ServiceException and ServiceUnavailableException when told to fail", async () => {
    ep.failNext(1, "throttle");
    ep.failNext(1, "internal");
    ep.failNext(1, "unavailable");
    const got = [];
    for (let i = 0; i < 3; i++) {
      const res = await startResourceStateUpdate(ep.url, request(img().available, `t${i}`));
      got.push([res.status, res.headers["x-amzn-errortype"]]);
    }
    expect(got).toEqual([
      [429, "CallRateLimitExceededException"],
      [500, "ServiceException"],
      [503, "ServiceUnavailableException"],
    ]);
    expect(ep.stats().created.resourceStateUpdates).toBe(0);
  });
});
