import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FaultOptions, type LocalEndpoint, startLocalEndpoint } from "../src/index.js";
import { createProfilingGroup, updateEnvironment } from "./helpers/calls.js";

let ep: LocalEndpoint;
beforeAll(async () => {
  ep = await startLocalEndpoint();
});
afterAll(() => ep.close());
beforeEach(() => ep.reset());
afterEach(() => ep.setFaults({}));

/** Sends `n` distinct CreateProfilingGroup calls and returns their statuses (0 for a dropped connection). */
async function statuses(endpoint: LocalEndpoint, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const res = await createProfilingGroup(endpoint.url, `t${i}`, { profilingGroupName: `g${i}` }).catch(() => undefined);
    out.push(res?.status ?? 0);
  }
  return out;
}

describe("random faults", () => {
  const faults: FaultOptions = { rate: 0.5, kinds: ["internal", "throttle", "unavailable", "reset"] };

  it("are reproducible for a seed, differ for another, and faulted requests have no effect", async () => {
    const runs: number[][] = [];
    for (const seed of [42, 42, 43]) {
      const e = await startLocalEndpoint({ faults, seed, quotas: { profilingGroups: 100 } });
      try {
        const got = await statuses(e, 16);
        runs.push(got);
        expect(e.stats().created.profilingGroups).toBe(got.filter((s) => s === 201).length);
        const injected = Object.values(e.stats().faults).reduce((a, b) => a + b, 0);
        expect(injected).toBe(got.filter((s) => s !== 201).length);
      } finally {
        await e.close();
      }
    }
    expect(runs[0]).toEqual(runs[1]);
    expect(runs[0]).not.toEqual(runs[2]);
    expect(new Set(runs[0])).toEqual(new Set([201, 500, 429, 503, 0]));
  });

  it("restart from the seed when reconfigured", async () => {
    ep.setFaults({ rate: 0.5, kinds: ["internal"] }, 7);
    const first = await statuses(ep, 8);
    ep.reset();
    ep.setFaults({ rate: 0.5, kinds: ["internal"] }, 7);
    expect(await statuses(ep, 8)).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(201);
  });

  it("can be limited to some operations", async () => {
    ep.setFaults({ rate: 1, kinds: ["throttle"], operations: ["UpdateEnvironment"] });
    expect((await createProfilingGroup(ep.url, "t", { profilingGroupName: "g" })).status).toBe(201);
    const res = await updateEnvironment(ep.url, { name: "dev", deploymentType: "NONE" });
    expect(res.json.__type).toBe("com.amazonaws.proton#ThrottlingException");
  });

  it("reject bad settings", () => {
    expect(() => ep.setFaults({ rate: 1.5 })).toThrow(/rate/);
    expect(() => ep.setFaults({ rate: 0.1, kinds: ["explode" as never] })).toThrow(/unknown fault kind/);
  });
});

describe("connection faults", () => {
  it("reset drops the connection before the operation runs", async () => {
    ep.failNext(1, "reset");
    await expect(createProfilingGroup(ep.url, "t", { profilingGroupName: "g" })).rejects.toMatchObject({ code: "ECONNRESET" });
    expect(ep.stats().created.profilingGroups).toBe(0);
    expect(ep.stats().faults.reset).toBe(1);
    expect((await createProfilingGroup(ep.url, "t", { profilingGroupName: "g" })).status).toBe(201);
  });

  it("reset-after loses the answer of an operation that ran; a retry with the same token gets the original result", async () => {
    ep.failNext(1, "reset-after");
    await expect(createProfilingGroup(ep.url, "tok", { profilingGroupName: "lost-answer" })).rejects.toMatchObject({ code: "ECONNRESET" });
    expect(ep.state.codeGuruProfiler.groups.has("lost-answer")).toBe(true);
    const retry = await createProfilingGroup(ep.url, "tok", { profilingGroupName: "lost-answer" });
    expect(retry.status).toBe(201);
    expect(retry.json.name).toBe("lost-answer");
    expect(ep.stats().created.profilingGroups).toBe(1);
    // Without the token the retry would have been a second attempt at creating it.
    const fresh = await createProfilingGroup(ep.url, "other-token", { profilingGroupName: "lost-answer" });
    expect(fresh.status).toBe(409);
  });

  it("delay holds the answer, then the request proceeds", async () => {
    ep.failNext(1, "delay", { delayMs: 150 });
    const started = performance.now();
    const res = await createProfilingGroup(ep.url, "t", { profilingGroupName: "slow" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(res.status).toBe(201);
  });

  it("scripted faults apply to the named operation only and in order", async () => {
    ep.failNext(2, "unavailable", { operation: "UpdateEnvironment" });
    expect((await createProfilingGroup(ep.url, "t", { profilingGroupName: "g" })).status).toBe(201);
    const a = await updateEnvironment(ep.url, { name: "dev", deploymentType: "NONE" });
    const b = await updateEnvironment(ep.url, { name: "dev", deploymentType: "NONE" });
    const c = await updateEnvironment(ep.url, { name: "dev", deploymentType: "NONE" });
    expect([a.status, b.status, c.status]).toEqual([503, 503, 200]);
    expect(a.json.__type).toBe("com.amazon.coral.service#ServiceUnavailable");
    expect(ep.stats().requests).toEqual({ CreateProfilingGroup: 1, UpdateEnvironment: 3 });
    expect(ep.stats().created.environmentUpdates).toBe(1);
  });
});
