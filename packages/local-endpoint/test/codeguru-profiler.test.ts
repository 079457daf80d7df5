import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type LocalEndpoint, startLocalEndpoint } from "../src/index.js";
import { createProfilingGroup } from "./helpers/calls.js";
import { signAt } from "./helpers/signed-call.js";

const NOW = Date.UTC(2025, 6, 14, 9, 30, 0, 250);
let ep: LocalEndpoint;
beforeAll(async () => {
  signAt(new Date(NOW));
  ep = await startLocalEndpoint({ clock: () => NOW, quotas: { profilingGroups: 3 } });
});
afterAll(() => ep.close());
beforeEach(() => ep.reset());

describe("CreateProfilingGroup", () => {
  it("creates a group and answers 201 with ISO 8601 timestamps", async () => {
    const res = await createProfilingGroup(
      ep.url,
      "c1",
      {
        profilingGroupName: "checkout",
        computePlatform: "AWSLambda",
        agentOrchestrationConfig: { profilingEnabled: false },
        tags: { team: "pay" },
      },
      { region: "eu-central-1" },
    );
    expect(res.status).toBe(201);
    // The body is the ProfilingGroupDescription itself (@httpPayload in the real model).
    expect(res.json).toEqual({
      agentOrchestrationConfig: { profilingEnabled: false },
      arn: "arn:aws:codeguru-profiler:eu-central-1:123456789012:profilingGroup/checkout",
      computePlatform: "AWSLambda",
      createdAt: "2025-07-14T09:30:00.250Z",
      name: "checkout",
      profilingStatus: {},
      tags: { team: "pay" },
      updatedAt: "2025-07-14T09:30:00.250Z",
    });
    expect(ep.stats().created.profilingGroups).toBe(1);
  });

  it("defaults the compute platform and profiling", async () => {
    const res = await createProfilingGroup(ep.url, "c1", { profilingGroupName: "defaults" });
    expect(res.json).toMatchObject({
      computePlatform: "Default",
      agentOrchestrationConfig: { profilingEnabled: true },
      tags: {},
    });
  });

  it("replays a retried token (one group) and answers ConflictException for the token with other parameters", async () => {
    const first = await createProfilingGroup(ep.url, "same-token", { profilingGroupName: "g1" });
    const retry = await createProfilingGroup(ep.url, "same-token", { profilingGroupName: "g1" });
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.json).toEqual(first.json);
    expect(ep.stats().created.profilingGroups).toBe(1);
    const other = await createProfilingGroup(ep.url, "same-token", { profilingGroupName: "g2" });
    expect(other.status).toBe(409);
    expect(other.headers["x-amzn-errortype"]).toBe("ConflictException");
  });

  it("answers ConflictException for an existing name with a new token", async () => {
    const res = await createProfilingGroup(ep.url, "new-token", { profilingGroupName: ep.ids.codeGuruProfiler.existingGroup });
    expect(res.status).toBe(409);
    expect(res.json.message).toContain("already exists");
  });

  it("answers ServiceQuotaExceededException once the quota of groups is reached (seeded group included)", async () => {
    expect((await createProfilingGroup(ep.url, "a", { profilingGroupName: "g1" })).status).toBe(201);
    expect((await createProfilingGroup(ep.url, "b", { profilingGroupName: "g2" })).status).toBe(201);
    const res = await createProfilingGroup(ep.url, "c", { profilingGroupName: "g3" });
    expect(res.status).toBe(402);
    expect(res.headers["x-amzn-errortype"]).toBe("ServiceQuotaExceededException");
  });

  it("answers ValidationException for a missing or malformed clientToken and bad body members", async () => {
    const missing = await createProfilingGroup(ep.url, undefined, { profilingGroupName: "g1" });
    expect(missing.status).toBe(400);
    expect(missing.headers["x-amzn-errortype"]).toBe("ValidationException");
    expect(missing.json.message).toBe(
      "1 validation error detected: Value null at 'clientToken' failed to satisfy constraint: Member must not be null",
    );
    const bad = await createProfilingGroup(ep.url, "has space", {
      profilingGroupName: "x".repeat(256),
      computePlatform: "EC2",
      agentOrchestrationConfig: { profilingEnabled: "yes" },
      tags: { a: 1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toMatch(/^5 validation errors detected: /);
    expect(bad.json.message).toContain("'tags.a' failed to satisfy constraint: Member must be a string");
  });

  it("answers ThrottlingException and InternalServerException when told to fail", async () => {
    ep.failNext(1, "throttle");
    ep.failNext(1, "internal");
    const a = await createProfilingGroup(ep.url, "t", { profilingGroupName: "g1" });
    const b = await createProfilingGroup(ep.url, "t", { profilingGroupName: "g1" });
    const c = await createProfilingGroup(ep.url, "t", { profilingGroupName: "g1" });
    expect([a.status, a.headers["x-amzn-errortype"]]).toEqual([429, "ThrottlingException"]);
    expect([b.status, b.headers["x-amzn-errortype"]]).toEqual([500, "InternalServerException"]);
    expect(c.status).toBe(201);
    expect(ep.stats().requests.CreateProfilingGroup).toBe(3);
    expect(ep.stats().created.profilingGroups).toBe(1);
  });
});
