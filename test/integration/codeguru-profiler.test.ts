import {
  CodeGuruProfilerClient,
  ConflictException,
  CreateProfilingGroupCommand,
  type CreateProfilingGroupCommandInput,
  InternalServerException,
  ServiceQuotaExceededException,
  ThrottlingException,
  ValidationException,
} from "@slimsdk/client-codeguru-profiling";
import { type LocalEndpoint, startLocalEndpoint } from "@slimsdk/local-endpoint";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { recordAttempts } from "./support/after-signing.js";
import { clientConfig, NO_RETRIES } from "./support/client-config.js";
import { rejectionOf } from "./support/rejection.js";

// CodeGuru Profiler speaks restJson1: 201 on success, the token in the query, the output bound as the whole body.
let ep: LocalEndpoint;
/** A second endpoint whose quota of one profiling group is already used by its seeded group. */
let full: LocalEndpoint;
let client: CodeGuruProfilerClient;
let once: CodeGuruProfilerClient;

beforeAll(async () => {
  ep = await startLocalEndpoint({ port: 0 });
  full = await startLocalEndpoint({ port: 0, quotas: { profilingGroups: 1 } });
  client = new CodeGuruProfilerClient(clientConfig(ep));
  once = new CodeGuruProfilerClient(clientConfig(ep, NO_RETRIES));
});

afterAll(async () => {
  client.destroy();
  once.destroy();
  await Promise.all([ep.close(), full.close()]);
});

beforeEach(() => ep.reset());

const create = (input: Partial<CreateProfilingGroupCommandInput> = {}, via = client) =>
  via.send(new CreateProfilingGroupCommand({ profilingGroupName: "checkout-service", ...input }));

describe("CreateProfilingGroup", () => {
  it("creates the group (201) and returns its description, dates parsed from ISO 8601", async () => {
    const before = Date.now();
    const { profilingGroup: group, $metadata } = await create({
      computePlatform: "AWSLambda",
      agentOrchestrationConfig: { profilingEnabled: false },
      tags: { team: "payments", env: "prod" },
    });
    expect($metadata).toMatchObject({ httpStatusCode: 201, attempts: 1 });
    expect(group).toMatchObject({
      name: "checkout-service",
      arn: "arn:aws:codeguru-profiler:us-east-1:123456789012:profilingGroup/checkout-service",
      computePlatform: "AWSLambda",
      agentOrchestrationConfig: { profilingEnabled: false },
      tags: { team: "payments", env: "prod" },
      profilingStatus: {},
    });
    expect(group.createdAt).toBeInstanceOf(Date);
    expect(group.createdAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(ep.stats().created.profilingGroups).toBe(1);
  });

  it("sends the generated idempotency token in the clientToken query parameter", async () => {
    const tokens = new CodeGuruProfilerClient(clientConfig(ep, { idempotencyTokenGenerator: () => "token-from-generator" }));
    const sent = recordAttempts(tokens);
    await tokens.send(new CreateProfilingGroupCommand({ profilingGroupName: "with-token" }));
    tokens.destroy();
    expect(sent.map((r) => r.query.clientToken)).toEqual(["token-from-generator"]);
  });

  it("ValidationException (400) for a name that breaks the model's pattern and a token over 64 characters", async () => {
    const e = await rejectionOf(create({ profilingGroupName: "no spaces allowed", clientToken: "t".repeat(65) }), ValidationException);
    expect(e.$metadata.httpStatusCode).toBe(400);
    expect(e.message).toMatch(/^2 validation errors detected: /);
    expect(e.message).toContain("at 'profilingGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern");
    expect(e.message).toContain("at 'clientToken' failed to satisfy constraint: Member must have length less than or equal to 64");
  });

  it("ConflictException (409) for a name that exists, and for a token reused with other parameters", async () => {
    const exists = await rejectionOf(create({ profilingGroupName: ep.ids.codeGuruProfiler.existingGroup }), ConflictException);
    expect(exists.message).toBe("A profiling group named existing-group already exists.");
    expect(exists.$metadata.httpStatusCode).toBe(409);
    await create({ clientToken: "group-token-1" });
    const reused = await rejectionOf(create({ clientToken: "group-token-1", computePlatform: "AWSLambda" }), ConflictException);
    expect(reused.message).toContain("clientToken was already used");
  });

  it("ServiceQuotaExceededException (402) when the account's profiling groups are at quota", async () => {
    const atQuota = new CodeGuruProfilerClient(clientConfig(full));
    const e = await rejectionOf(
      atQuota.send(new CreateProfilingGroupCommand({ profilingGroupName: "one-more" })),
      ServiceQuotaExceededException,
    );
    atQuota.destroy();
    expect(e.$metadata.httpStatusCode).toBe(402);
    expect(e.message).toContain("quota of 1 profiling groups");
  });

  it("ThrottlingException (429) and InternalServerException (500) from injected faults, with retries off", async () => {
    ep.failNext(1, "throttle", { operation: "CreateProfilingGroup" });
    expect((await rejectionOf(create({}, once), ThrottlingException)).$metadata).toMatchObject({ httpStatusCode: 429, attempts: 1 });
    ep.failNext(1, "internal", { operation: "CreateProfilingGroup" });
    expect((await rejectionOf(create({}, once), InternalServerException)).$metadata.httpStatusCode).toBe(500);
    expect(ep.stats().created.profilingGroups).toBe(0);
  });
});
