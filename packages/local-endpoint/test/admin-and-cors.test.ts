import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type LocalEndpoint, startLocalEndpoint } from "../src/index.js";
import { createProfilingGroup, updateEnvironment } from "./helpers/calls.js";

let ep: LocalEndpoint;
beforeAll(async () => {
  ep = await startLocalEndpoint();
});
afterAll(() => ep.close());
beforeEach(() => ep.reset());

const admin = (path: string, body?: unknown) =>
  fetch(`${ep.url}/__admin/${path}`, body === undefined ? {} : { method: "POST", body: JSON.stringify(body) });

describe("admin routes", () => {
  it("GET /__admin/stats reports requests and effects, unsigned", async () => {
    await createProfilingGroup(ep.url, "t", { profilingGroupName: "g" });
    await createProfilingGroup(ep.url, "t", { profilingGroupName: "g" });
    const res = await admin("stats");
    expect(res.status).toBe(200);
    const stats = await res.json();
    expect(stats).toEqual(ep.stats());
    expect(stats.requests).toEqual({ CreateProfilingGroup: 2 });
    expect(stats.created.profilingGroups).toBe(1);
    expect(stats.idempotentReplays).toBe(1);
  });

  it("POST /__admin/fail-next and /__admin/faults inject faults", async () => {
    expect((await admin("fail-next", { count: 1, kind: "throttle", operation: "CreateProfilingGroup" })).status).toBe(200);
    expect((await createProfilingGroup(ep.url, "t", { profilingGroupName: "g" })).status).toBe(429);
    expect(await (await admin("faults", { rate: 1, kinds: ["internal"], seed: 9 })).json()).toEqual({ seed: 9 });
    expect((await updateEnvironment(ep.url, { name: "dev", deploymentType: "NONE" })).status).toBe(500);
    expect((await admin("faults", {})).status).toBe(200);
    expect((await updateEnvironment(ep.url, { name: "dev", deploymentType: "NONE" })).status).toBe(200);
  });

  it("rejects bad admin input with 400 and unknown routes with 404", async () => {
    expect((await admin("faults", { rate: 2 })).status).toBe(400);
    expect((await admin("fail-next", { count: 1, kind: "meltdown" })).status).toBe(400);
    expect((await admin("nothing")).status).toBe(404);
  });

  it("GET /__admin/state shows resources and POST /__admin/reset restores the seed", async () => {
    await createProfilingGroup(ep.url, "t", { profilingGroupName: "made-here" });
    const names = async () =>
      ((await (await admin("state")).json()).codeGuruProfiler.profilingGroups as { name: string }[]).map((g) => g.name);
    expect(await names()).toEqual(["existing-group", "made-here"]);
    expect((await admin("reset", {})).status).toBe(200);
    expect(await names()).toEqual(["existing-group"]);
    expect(ep.stats().requests).toEqual({});
  });
});

describe("CORS", () => {
  it("answers a preflight without authentication, echoing origin and requested headers", async () => {
    const res = await fetch(`${ep.url}/profilingGroups?clientToken=x`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type,x-amz-date,x-amz-content-sha256,amz-sdk-request",
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(res.headers.get("access-control-allow-headers")).toBe(
      "authorization,content-type,x-amz-date,x-amz-content-sha256,amz-sdk-request",
    );
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-expose-headers")).toBe("x-amzn-requestid, x-amzn-errortype, date");
    expect(ep.stats().requests).toEqual({});
  });

  it("puts CORS headers on errors and successes", async () => {
    const ok = await createProfilingGroup(
      ep.url,
      "t",
      { profilingGroupName: "g" },
      { headers: { "content-type": "application/json", origin: "http://a.test" } },
    );
    expect(ok.status).toBe(201);
    expect(ok.headers["access-control-allow-origin"]).toBe("http://a.test");
    const err = await createProfilingGroup(ep.url, "t", { profilingGroupName: "g" }, { credentials: null });
    expect(err.headers["access-control-allow-origin"]).toBe("*");
    expect(err.headers["access-control-expose-headers"]).toContain("x-amzn-errortype");
  });
});
