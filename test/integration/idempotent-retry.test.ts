import { CodeGuruProfilerClient, CreateProfilingGroupCommand } from "@slimsdk/client-codeguru-profiling";
import { ImagebuilderClient, StartResourceStateUpdateCommand } from "@slimsdk/client-imagebuilder-state";
import { CreateWorkloadShareCommand, WellArchitectedClient } from "@slimsdk/client-wellarchitected-ops";
import { type LocalEndpoint, OTHER_ACCOUNT_ID, startLocalEndpoint } from "@slimsdk/local-endpoint";
import type { HttpRequest } from "@slimsdk/runtime";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { recordAttempts } from "./support/after-signing.js";
import { clientConfig, INSTANT_RETRIES, NO_RETRIES } from "./support/client-config.js";
import { OPERATION_CASES } from "./support/operation-cases.js";

// `reset-after`: the endpoint performs the operation, then drops the connection, so the answer is lost. The client
// retries; since the idempotency token was filled once per send() (not per attempt), the retry carries the same
// token and the endpoint replays the original answer instead of acting twice.
let ep: LocalEndpoint;

beforeAll(async () => {
  ep = await startLocalEndpoint({ port: 0 });
});

afterAll(async () => {
  await ep.close();
});

beforeEach(() => ep.reset());

const withTokens = OPERATION_CASES.filter((op) => op.tokenOf !== undefined);

describe.each(withTokens)("$operation", (op) => {
  it("a lost answer is retried with the same generated token: one effect, one replay", async () => {
    ep.failNext(1, "reset-after", { operation: op.operation });
    let sent: HttpRequest[] = [];
    const out = await op.call(ep, clientConfig(ep, INSTANT_RETRIES), (client) => {
      sent = recordAttempts(client);
    });
    expect(out.$metadata.attempts).toBe(2);
    const tokens = sent.map((request) => op.tokenOf!(request));
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(tokens[1]).toBe(tokens[0]);
    const stats = ep.stats();
    expect(stats.created[op.effect]).toBe(1);
    expect(stats.idempotentReplays).toBe(1);
    expect(stats.faults["reset-after"]).toBe(1);
  });

  it("without retries the caller sees the dropped connection, although the effect happened", async () => {
    ep.failNext(1, "reset-after", { operation: op.operation });
    await expect(op.call(ep, clientConfig(ep, NO_RETRIES))).rejects.toMatchObject({ code: "ECONNRESET" });
    expect(ep.stats().created[op.effect]).toBe(1);
  });
});

describe("the replay is the original result, typed", () => {
  it("CreateWorkloadShare: the ShareId is that of the one share created", async () => {
    ep.failNext(1, "reset-after", { operation: "CreateWorkloadShare" });
    const client = new WellArchitectedClient(clientConfig(ep, INSTANT_RETRIES));
    const out = await client.send(
      new CreateWorkloadShareCommand({
        WorkloadId: ep.ids.wellArchitected.workloadId,
        SharedWith: OTHER_ACCOUNT_ID,
        PermissionType: "CONTRIBUTOR",
      }),
    );
    client.destroy();
    expect(out.$metadata.attempts).toBe(2);
    const workload = ep.state.wellArchitected.workloads.get(ep.ids.wellArchitected.workloadId)!;
    expect([...workload.shares.keys()]).toEqual([out.ShareId]);
  });

  it("StartResourceStateUpdate: the lifecycleExecutionId is that of the one execution started", async () => {
    ep.failNext(1, "reset-after", { operation: "StartResourceStateUpdate" });
    const client = new ImagebuilderClient(clientConfig(ep, INSTANT_RETRIES));
    const out = await client.send(
      new StartResourceStateUpdateCommand({ resourceArn: ep.ids.imageBuilder.available, state: { status: "DISABLED" } }),
    );
    client.destroy();
    expect(out.$metadata.attempts).toBe(2);
    expect([...ep.state.imageBuilder.executions.keys()]).toEqual([out.lifecycleExecutionId]);
  });

  it("CreateProfilingGroup: the description carries the creation time of the one group created", async () => {
    ep.failNext(1, "reset-after", { operation: "CreateProfilingGroup" });
    const client = new CodeGuruProfilerClient(clientConfig(ep, INSTANT_RETRIES));
    const { profilingGroup, $metadata } = await client.send(new CreateProfilingGroupCommand({ profilingGroupName: "replayed-group" }));
    client.destroy();
    expect($metadata).toMatchObject({ attempts: 2, httpStatusCode: 201 });
    const group = ep.state.codeGuruProfiler.groups.get("replayed-group")!;
    expect(profilingGroup.arn).toBe(group.arn);
    expect(profilingGroup.createdAt?.getTime()).toBe(group.createdAt);
  });
});
