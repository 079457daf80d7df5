/**
 * The same input through the official AWS SDK client and ours, both with stub handlers, fixed
 * credentials and a frozen clock: the requests must mean the same thing.
 */
import * as official from "@aws-sdk/client-codeguruprofiler";
import * as officialImagebuilder from "@aws-sdk/client-imagebuilder";
import * as officialProton from "@aws-sdk/client-proton";
import * as officialWellArchitected from "@aws-sdk/client-wellarchitected";
import { CodeGuruProfilerClient, CreateProfilingGroupCommand } from "@slimsdk/client-codeguru-profiling";
import { ImagebuilderClient, StartResourceStateUpdateCommand } from "@slimsdk/client-imagebuilder-state";
import { ProtonClient, UpdateEnvironmentCommand } from "@slimsdk/client-proton-env";
import { CreateWorkloadShareCommand, UpgradeProfileVersionCommand, WellArchitectedClient } from "@slimsdk/client-wellarchitected-ops";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type CapturedRequest, CaptureHandler, lowerCaseHeaders } from "./support/capture-handler.js";
import { OPERATIONS } from "./support/error-cases.js";
import { clientConfig as baseConfig, CREDENTIALS, FIXED_AMZ_DATE, freezeClock, REGION } from "./support/fixtures.js";
import { referenceSignature } from "./support/sigv4-reference.js";

const WORKLOAD = "0123456789abcdef0123456789abcdef";
const PROFILE_ARN = "arn:aws:wellarchitected:us-west-2:123456789012:profile/a1b2c3d4e5";
const IMAGE_ARN = "arn:aws:imagebuilder:us-west-2:123456789012:image/web-server/1.2.3/4";

/** Our client's settings: one attempt, as the official one below. */
const clientConfig = (handler: CaptureHandler) => baseConfig(handler, { maxAttempts: 1 });
/** The official client's settings: same region, credentials and handler; one attempt. */
const officialConfig = (handler: CaptureHandler) => ({ region: REGION, credentials: CREDENTIALS, requestHandler: handler, maxAttempts: 1 });

interface Case {
  readonly name: string;
  readonly signingName: string;
  /** Sends the input through our client. */
  readonly ours: (h: CaptureHandler) => Promise<unknown>;
  /** Sends the same input through the official client. */
  readonly theirs: (h: CaptureHandler) => Promise<unknown>;
  /** A success response both can parse. */
  readonly response: { status: number; body: string };
}

const upgradeInput = { WorkloadId: WORKLOAD, ProfileArn: PROFILE_ARN, MilestoneName: "Release 2", ClientRequestToken: "token-1" };
const shareInput = { WorkloadId: WORKLOAD, SharedWith: "123456789012", PermissionType: "READONLY" as const, ClientRequestToken: "token-2" };
const envInput = {
  name: "dev-env",
  description: "Moves to 2.1",
  spec: "proton: EnvironmentSpec\n",
  templateMajorVersion: "2",
  templateMinorVersion: "1",
  deploymentType: "MINOR_VERSION" as const,
  provisioningRepository: { provider: "GITHUB" as const, name: "octo/infra", branch: "main" },
  componentRoleArn: "arn:aws:iam::123456789012:role/ComponentRole",
  codebuildRoleArn: "arn:aws:iam::123456789012:role/CodeBuildRole",
};
const stateInput = {
  resourceArn: IMAGE_ARN,
  state: { status: "DEPRECATED" as const },
  executionRole: "LifecycleRole",
  includeResources: { amis: true, snapshots: false, containers: true },
  exclusionRules: {
    amis: { isPublic: false, regions: ["us-east-1"], lastLaunched: { value: 7, unit: "WEEKS" as const }, tagMap: { a: "b" } },
  },
  updateAt: new Date(Date.UTC(2024, 5, 1, 12, 0, 0, 250)),
  clientToken: "token-3",
};
const groupInput = {
  profilingGroupName: "checkout",
  computePlatform: "Default" as const,
  agentOrchestrationConfig: { profilingEnabled: false },
  tags: { team: "payments" },
  clientToken: "token-4",
};

const CASES: readonly Case[] = [
  {
    name: "UpgradeProfileVersion",
    signingName: "wellarchitected",
    ours: (h) => new WellArchitectedClient(clientConfig(h)).send(new UpgradeProfileVersionCommand(upgradeInput)),
    theirs: (h) =>
      new officialWellArchitected.WellArchitectedClient(officialConfig(h)).send(
        new officialWellArchitected.UpgradeProfileVersionCommand(upgradeInput),
      ),
    response: { status: 200, body: "" },
  },
  {
    name: "CreateWorkloadShare",
    signingName: "wellarchitected",
    ours: (h) => new WellArchitectedClient(clientConfig(h)).send(new CreateWorkloadShareCommand(shareInput)),
    theirs: (h) =>
      new officialWellArchitected.WellArchitectedClient(officialConfig(h)).send(
        new officialWellArchitected.CreateWorkloadShareCommand(shareInput),
      ),
    response: { status: 200, body: `{"WorkloadId":"${WORKLOAD}","ShareId":"ffffffffffffffffffffffffffffffff"}` },
  },
  {
    name: "UpdateEnvironment",
    signingName: "proton",
    ours: (h) => new ProtonClient(clientConfig(h)).send(new UpdateEnvironmentCommand(envInput)),
    theirs: (h) => new officialProton.ProtonClient(officialConfig(h)).send(new officialProton.UpdateEnvironmentCommand(envInput)),
    response: {
      status: 200,
      body: JSON.stringify({
        environment: {
          name: "dev-env",
          arn: "arn:aws:proton:us-west-2:123456789012:environment/dev-env",
          createdAt: 1700000000.123,
          lastDeploymentAttemptedAt: 1717243200,
          lastDeploymentSucceededAt: 1717243199.5,
          templateName: "vpc",
          templateMajorVersion: "2",
          templateMinorVersion: "1",
          deploymentStatus: "IN_PROGRESS",
          codebuildRoleArn: "arn:aws:iam::123456789012:role/CodeBuildRole",
          lastAttemptedDeploymentId: "0123abcd-4567-89ab-cdef-0123456789ab",
          lastSucceededDeploymentId: "0123abcd-4567-89ab-cdef-0123456789aa",
          provisioningRepository: {
            arn: "arn:aws:proton:us-west-2:123456789012:repository/github:octo/infra",
            provider: "GITHUB",
            name: "octo/infra",
            branch: "main",
          },
        },
      }),
    },
  },
  {
    name: "StartResourceStateUpdate",
    signingName: "imagebuilder",
    ours: (h) => new ImagebuilderClient(clientConfig(h)).send(new StartResourceStateUpdateCommand(stateInput)),
    theirs: (h) =>
      new officialImagebuilder.ImagebuilderClient(officialConfig(h)).send(
        new officialImagebuilder.StartResourceStateUpdateCommand(stateInput),
      ),
    response: { status: 200, body: `{"lifecycleExecutionId":"lce-0123abcd-4567-89ab-cdef-0123456789ab","resourceArn":"${IMAGE_ARN}"}` },
  },
  {
    name: "CreateProfilingGroup",
    signingName: "codeguru-profiler",
    ours: (h) => new CodeGuruProfilerClient(clientConfig(h)).send(new CreateProfilingGroupCommand(groupInput)),
    theirs: (h) => new official.CodeGuruProfilerClient(officialConfig(h)).send(new official.CreateProfilingGroupCommand(groupInput)),
    response: {
      status: 201,
      body: JSON.stringify({
        name: "checkout",
        arn: "arn:aws:codeguru-profiler:us-west-2:123456789012:profilingGroup/checkout",
        agentOrchestrationConfig: { profilingEnabled: false },
        computePlatform: "Default",
        createdAt: "2024-05-17T09:30:15.123Z",
        updatedAt: "2024-05-17T09:30:15.123Z",
        profilingStatus: { latestAggregatedProfile: { start: "2024-05-17T09:00:00Z", period: "PT5M" } },
        tags: { team: "payments" },
      }),
    },
  },
];

/** Sends through both clients and returns both captured requests and outputs. */
async function both(c: Case) {
  const mine = new CaptureHandler([c.response]);
  const theirs = new CaptureHandler([c.response]);
  const ourOutput = await c.ours(mine);
  const theirOutput = await c.theirs(theirs);
  return { ours: mine.only, theirs: theirs.only, ourOutput, theirOutput };
}

/** Headers that carry meaning; user agents and invocation ids are each SDK's own. */
const MEANINGFUL = ["content-type", "x-amz-target", "host", "x-amz-date", "x-amz-security-token"];
const pick = (r: CapturedRequest) => {
  const h = lowerCaseHeaders(r.headers);
  return Object.fromEntries(MEANINGFUL.filter((n) => n in h).map((n) => [n, h[n]]));
};
/** Removes `$metadata` (the official one also carries `cfId`/`extendedRequestId` keys set to undefined). */
const withoutMetadata = (out: unknown) => {
  const { $metadata: _, ...rest } = out as Record<string, unknown>;
  return rest;
};

beforeEach(() => {
  freezeClock();
  vi.stubEnv("AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED", "true");
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe.each(CASES)("$name: ours vs the official client", (c) => {
  it("sends the same method, host, path, query, body and meaningful headers", async () => {
    const { ours, theirs } = await both(c);
    expect({ method: ours.method, protocol: ours.protocol, hostname: ours.hostname, path: ours.path, query: ours.query }).toEqual({
      method: theirs.method,
      protocol: theirs.protocol,
      hostname: theirs.hostname,
      path: theirs.path,
      query: theirs.query,
    });
    expect(pick(ours)).toEqual(pick(theirs));
    expect(pick(ours)["x-amz-date"]).toBe(FIXED_AMZ_DATE);
    if (c.name === "StartResourceStateUpdate") {
      // Intended: we fill nested `@default` members the caller left out (Smithy's client default rules, as the
      // protocol test RestJsonClientPopulatesDefaultValuesInInput wants); here the caller set all three, so both agree.
      expect(JSON.parse(ours.body).includeResources).toEqual({ amis: true, snapshots: false, containers: true });
    }
    // Structure, not text: member order differs (we follow the model's order).
    expect(JSON.parse(ours.body || "{}")).toEqual(JSON.parse(theirs.body || "{}"));
  });

  it("signs the same header names, and both signatures verify against the reference", async () => {
    const { ours, theirs } = await both(c);
    // Both SDKs send (and sign) x-amz-content-sha256 for these services, plus the same SDK bookkeeping headers.
    expect(Object.keys(lowerCaseHeaders(ours.headers)).sort()).toEqual(Object.keys(lowerCaseHeaders(theirs.headers)).sort());
    const mine = referenceSignature(ours, CREDENTIALS, REGION, c.signingName);
    const their = referenceSignature(theirs, CREDENTIALS, REGION, c.signingName);
    expect(lowerCaseHeaders(ours.headers).authorization).toBe(mine.authorization);
    expect(lowerCaseHeaders(theirs.headers).authorization).toBe(their.authorization);
    expect(mine.signedHeaders).toBe(their.signedHeaders);
  });

  it.each(OPERATIONS.find((o) => o.operation === c.name)!.errors)("parses $name as the official client does", async (e) => {
    const response = {
      status: e.status,
      headers: { "x-amzn-requestid": "req-1" },
      body: JSON.stringify({ __type: `${OPERATIONS.find((o) => o.operation === c.name)!.namespace}#${e.name}`, ...e.members }),
    };
    const ours = (await c.ours(new CaptureHandler([response])).catch((x: unknown) => x)) as Record<string, unknown> & Error;
    const theirs = (await c.theirs(new CaptureHandler([response])).catch((x: unknown) => x)) as Record<string, unknown> & Error;
    expect(ours).toBeInstanceOf(e.ctor);
    expect([ours.constructor.name, ours.name, ours.$fault, ours.message]).toEqual([
      theirs.constructor.name,
      theirs.name,
      theirs.$fault,
      theirs.message,
    ]);
    expect(ours.$metadata).toMatchObject({ httpStatusCode: e.status, requestId: "req-1" });
    expect(theirs.$metadata).toMatchObject({ httpStatusCode: e.status, requestId: "req-1" });
    for (const member of Object.keys(e.members)) {
      // The official client folds `Message` into `message`; we keep the modeled member as well.
      if (member !== "message" && member !== "Message") expect(ours[member], member).toEqual(theirs[member]);
    }
    // Intended: the official client also copies wire-only keys such as `__type` onto the error; we keep modeled members only.
    expect(theirs.__type).toBeDefined();
    expect(ours.__type).toBeUndefined();
  });

  it("parses the same success response to the same output", async () => {
    const { ourOutput, theirOutput } = await both(c);
    expect(withoutMetadata(ourOutput)).toEqual(withoutMetadata(theirOutput));
    expect((ourOutput as { $metadata: object }).$metadata).toMatchObject({ httpStatusCode: c.response.status, attempts: 1 });
  });
});

describe("idempotency tokens left out", () => {
  it("StartResourceStateUpdate: both SDKs fill clientToken with a UUID", async () => {
    const { clientToken: _, ...input } = stateInput;
    const mine = new CaptureHandler();
    const theirs = new CaptureHandler();
    // Our default generator (no idempotencyTokenGenerator given) is a random UUID v4, like the official one.
    await new ImagebuilderClient({ region: REGION, credentials: CREDENTIALS, requestHandler: mine }).send(
      new StartResourceStateUpdateCommand(input),
    );
    await new officialImagebuilder.ImagebuilderClient(officialConfig(theirs)).send(
      new officialImagebuilder.StartResourceStateUpdateCommand(input),
    );
    const uuid4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(JSON.parse(mine.only.body).clientToken).toMatch(uuid4);
    expect(JSON.parse(theirs.only.body).clientToken).toMatch(uuid4);
  });

  it("CreateWorkloadShare: both SDKs fill ClientRequestToken with a UUID", async () => {
    const { ClientRequestToken: _, ...input } = shareInput;
    const mine = new CaptureHandler();
    const theirs = new CaptureHandler();
    await new WellArchitectedClient({ region: REGION, credentials: CREDENTIALS, requestHandler: mine }).send(
      new CreateWorkloadShareCommand(input),
    );
    await new officialWellArchitected.WellArchitectedClient(officialConfig(theirs)).send(
      new officialWellArchitected.CreateWorkloadShareCommand(input),
    );
    expect(JSON.parse(mine.only.body).ClientRequestToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(theirs.only.body).ClientRequestToken).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("CreateProfilingGroup: the official client (3.523) rejects a missing clientToken before sending", async () => {
    const { clientToken: _, ...input } = groupInput;
    const theirs = new CaptureHandler();
    await expect(
      new official.CodeGuruProfilerClient(officialConfig(theirs)).send(new official.CreateProfilingGroupCommand(input)),
    ).rejects.toThrow(/clientToken/);
    expect(theirs.requests).toHaveLength(0);
  });

  it("CreateProfilingGroup: ours fills the query token from the generator", async () => {
    const { clientToken: _, ...input } = groupInput;
    const mine = new CaptureHandler([{ status: 201, body: "{}" }]);
    await new CodeGuruProfilerClient(baseConfig(mine)).send(new CreateProfilingGroupCommand(input));
    expect(mine.only.query).toEqual({ clientToken: "00000000-0000-4000-8000-000000000001" });
  });
});

describe("intended differences", () => {
  it("UpdateEnvironment: required members a response leaves out get zero values (Smithy client error correction)", async () => {
    // Our output types mark them required, so we fill them; the official client leaves them undefined.
    const response = {
      status: 200,
      body: '{"environment":{"name":"dev-env","arn":"arn:aws:proton:us-west-2:123456789012:environment/dev-env"}}',
    };
    const input = { name: "dev-env", deploymentType: "NONE" as const };
    const ours = await new ProtonClient(clientConfig(new CaptureHandler([response]))).send(new UpdateEnvironmentCommand(input));
    const theirs = await new officialProton.ProtonClient(officialConfig(new CaptureHandler([response]))).send(
      new officialProton.UpdateEnvironmentCommand(input),
    );
    expect(ours.environment).toEqual({
      name: "dev-env",
      arn: "arn:aws:proton:us-west-2:123456789012:environment/dev-env",
      createdAt: new Date(0),
      lastDeploymentAttemptedAt: new Date(0),
      lastDeploymentSucceededAt: new Date(0),
      templateName: "",
      templateMajorVersion: "",
      templateMinorVersion: "",
      deploymentStatus: "",
    });
    expect(theirs.environment).toEqual({ name: "dev-env", arn: "arn:aws:proton:us-west-2:123456789012:environment/dev-env" });
  });

  it.each(CASES)("$name: a non-JSON error body is a typed error for us; the official client throws a SyntaxError", async (c) => {
    const response = { status: 502, headers: { "content-type": "text/html" }, body: "<html><body>502 Bad Gateway</body></html>" };
    const ours = (await c.ours(new CaptureHandler([response])).catch((x: unknown) => x)) as Error & { $fault: string };
    const theirs = (await c.theirs(new CaptureHandler([response])).catch((x: unknown) => x)) as Error;
    expect(ours).not.toBeInstanceOf(SyntaxError);
    expect([ours.name, ours.$fault]).toEqual(["UnknownError", "server"]);
    expect(theirs.name).toBe("SyntaxError");
  });

  it("an endpoint with a path and a trailing slash: we join it with one slash, the official client with two", async () => {
    const input = { WorkloadId: "0123456789abcdef0123456789abcdef", ProfileArn: PROFILE_ARN, ClientRequestToken: "t" };
    const endpoint = "https://proxy.example.com:8443/base/";
    const mine = new CaptureHandler();
    const theirs = new CaptureHandler();
    await new WellArchitectedClient({ ...clientConfig(mine), endpoint }).send(new UpgradeProfileVersionCommand(input));
    await new officialWellArchitected.WellArchitectedClient({ ...officialConfig(theirs), endpoint }).send(
      new officialWellArchitected.UpgradeProfileVersionCommand(input),
    );
    expect([mine.only.hostname, mine.only.port, mine.only.headers.host]).toEqual(["proxy.example.com", 8443, "proxy.example.com:8443"]);
    expect(mine.only.path).toBe(`/base/workloads/${input.WorkloadId}/profiles/${encodeURIComponent(PROFILE_ARN)}/upgrade`);
    expect(theirs.only.path).toBe(`/base//workloads/${input.WorkloadId}/profiles/${encodeURIComponent(PROFILE_ARN)}/upgrade`);
  });

  it("StartResourceStateUpdate: we send nested @default(false) members the caller left out; the official client omits them", async () => {
    // Smithy 2.0 lets clients serialize defaults, and the restJson1 protocol test
    // RestJsonClientPopulatesDefaultValuesInInput asks for nested ones; the service reads an absent member as false,
    // so both requests mean the same.
    const input = { ...stateInput, includeResources: { amis: true } };
    const mine = new CaptureHandler();
    const theirs = new CaptureHandler();
    await new ImagebuilderClient(clientConfig(mine)).send(new StartResourceStateUpdateCommand(input));
    await new officialImagebuilder.ImagebuilderClient(officialConfig(theirs)).send(
      new officialImagebuilder.StartResourceStateUpdateCommand(input),
    );
    expect(JSON.parse(mine.only.body).includeResources).toEqual({ amis: true, snapshots: false, containers: false });
    expect(JSON.parse(theirs.only.body).includeResources).toEqual({ amis: true });
  });
});
