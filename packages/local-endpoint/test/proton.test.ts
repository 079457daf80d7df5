import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type LocalEndpoint, startLocalEndpoint } from "../src/index.js";
import { updateEnvironment } from "./helpers/calls.js";
import { signAt } from "./helpers/signed-call.js";

const NOW = Date.UTC(2025, 2, 3, 4, 5, 6, 789);
let ep: LocalEndpoint;
beforeAll(async () => {
  signAt(new Date(NOW));
  ep = await startLocalEndpoint({ clock: () => NOW });
});
afterAll(() => ep.close());
beforeEach(() => ep.reset());

const p = () => ep.ids.proton;

describe("UpdateEnvironment", () => {
  it("deploys the recommended minor version and answers the environment with epoch-second timestamps", async () => {
    const res = await updateEnvironment(ep.url, { name: "dev", deploymentType: "MINOR_VERSION", description: "nightly" });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/x-amz-json-1.0");
    expect(res.json.environment).toMatchObject({
      name: "dev",
      arn: "arn:aws:proton:us-east-1:123456789012:environment/dev",
      templateMajorVersion: "1",
      templateMinorVersion: "2",
      deploymentStatus: "SUCCEEDED",
      description: "nightly",
      createdAt: Date.UTC(2024, 0, 15, 10) / 1000,
      lastDeploymentSucceededAt: NOW / 1000,
    });
    expect(typeof res.json.environment.lastDeploymentAttemptedAt).toBe("number");
    expect(ep.stats().created.environmentUpdates).toBe(1);
  });

  it("moves to a higher major version with MAJOR_VERSION", async () => {
    const res = await updateEnvironment(ep.url, { name: "dev", deploymentType: "MAJOR_VERSION", templateMajorVersion: "2" });
    expect(res.json.environment).toMatchObject({ templateMajorVersion: "2", templateMinorVersion: "1" });
  });

  it("switches an environment to another connection of the same environment account", async () => {
    const res = await updateEnvironment(ep.url, {
      name: "staging",
      deploymentType: "NONE",
      environmentAccountConnectionId: p().otherConnectionId,
    });
    expect(res.status).toBe(200);
    expect(res.json.environment.environmentAccountConnectionId).toBe(p().otherConnectionId);
  });

  it("answers ValidationException with a qualified __type for broken constraints", async () => {
    const res = await updateEnvironment(ep.url, { name: "-bad name", deploymentType: "SOMETIMES", templateMajorVersion: "01" });
    expect(res.status).toBe(400);
    expect(res.json.__type).toBe("com.amazonaws.proton#ValidationException");
    expect(res.json.message).toMatch(/^3 validation errors detected: /);
    expect(res.json.message).toContain("Member must satisfy enum value set: [NONE, CURRENT_VERSION, MINOR_VERSION, MAJOR_VERSION]");
  });

  it("answers ValidationException for the documented rule breaks", async () => {
    const cases = [
      {
        name: "dev",
        deploymentType: "NONE",
        protonServiceRoleArn: "arn:aws:iam::123456789012:role/R",
        environmentAccountConnectionId: p().connectionId,
      },
      { name: "dev", deploymentType: "CURRENT_VERSION", templateMinorVersion: "1" },
      { name: "dev", deploymentType: "MAJOR_VERSION", templateMajorVersion: "1" },
      { name: "dev", deploymentType: "NONE", provisioningRepository: { branch: "main", name: "org/repo", provider: "GITHUB" } },
      { name: "self-managed", deploymentType: "NONE", protonServiceRoleArn: "arn:aws:iam::123456789012:role/R" },
      { name: "staging", deploymentType: "NONE", environmentAccountConnectionId: p().foreignConnectionId },
      { name: "dev", deploymentType: "NONE", spec: "proton: x" },
    ];
    for (const body of cases) {
      const res = await updateEnvironment(ep.url, body);
      expect([res.status, res.json.__type]).toEqual([400, "com.amazonaws.proton#ValidationException"]);
    }
    expect(ep.stats().created.environmentUpdates).toBe(0);
  });

  it("answers ResourceNotFoundException for an unknown environment, connection or template version", async () => {
    for (const body of [
      { name: "nowhere", deploymentType: "NONE" },
      { name: "staging", deploymentType: "NONE", environmentAccountConnectionId: "ffffffff-0000-4000-8000-000000000000" },
      { name: "dev", deploymentType: "MINOR_VERSION", templateMinorVersion: "9" },
    ]) {
      const res = await updateEnvironment(ep.url, body);
      expect([res.status, res.json.__type]).toEqual([400, "com.amazonaws.proton#ResourceNotFoundException"]);
    }
  });

  it("answers ConflictException while a deployment is in progress", async () => {
    const res = await updateEnvironment(ep.url, { name: "busy", deploymentType: "NONE", description: "x" });
    expect([res.status, res.json.__type]).toEqual([400, "com.amazonaws.proton#ConflictException"]);
  });

  it("answers AccessDeniedException for a service role of another account", async () => {
    const res = await updateEnvironment(ep.url, {
      name: "dev",
      deploymentType: "NONE",
      protonServiceRoleArn: "arn:aws:iam::999999999999:role/R",
    });
    expect([res.status, res.json.__type]).toEqual([400, "com.amazonaws.proton#AccessDeniedException"]);
  });

  it("answers ThrottlingException (400) and InternalServerException (500) when told to fail", async () => {
    ep.failNext(1, "throttle");
    ep.failNext(1, "internal");
    const throttled = await updateEnvironment(ep.url, { name: "dev", deploymentType: "NONE" });
    const internal = await updateEnvironment(ep.url, { name: "dev", deploymentType: "NONE" });
    expect([throttled.status, throttled.json.__type]).toEqual([400, "com.amazonaws.proton#ThrottlingException"]);
    expect([internal.status, internal.json.__type]).toEqual([500, "com.amazonaws.proton#InternalServerException"]);
    expect(ep.stats().created.environmentUpdates).toBe(0);
  });

  it("answers SerializationException for malformed JSON and a front-door error for the wrong content type", async () => {
    const bad = await updateEnvironment(ep.url, "[1,2");
    expect([bad.status, bad.json.__type]).toEqual([400, "com.amazon.coral.service#SerializationException"]);
    const wrongType = await updateEnvironment(
      ep.url,
      { name: "dev", deploymentType: "NONE" },
      { headers: { "content-type": "application/json", "x-amz-target": "AwsProton20200720.UpdateEnvironment" } },
    );
    expect(wrongType.status).toBe(415);
  });

  it("answers UnknownOperationException for an unknown target", async () => {
    const res = await updateEnvironment(
      ep.url,
      {},
      { headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "AwsProton20200720.DeleteEverything" } },
    );
    expect([res.status, res.json.__type]).toEqual([400, "com.amazon.coral.service#UnknownOperationException"]);
  });
});

describe("short error codes", () => {
  it("sends bare __type names when configured", async () => {
    const short = await startLocalEndpoint({ errorCodeStyle: "short", clock: () => NOW });
    try {
      const res = await updateEnvironment(short.url, { name: "nowhere", deploymentType: "NONE" });
      expect(res.json.__type).toBe("ResourceNotFoundException");
    } finally {
      await short.close();
    }
  });
});
