/** What the benchmarks measure: the four services, their five operations, a sample input and a canned response each. */

/** One service: our package and the official one, and the client class both export. */
export const SERVICES = {
  wellarchitected: {
    ours: "@slimsdk/client-wellarchitected-ops",
    official: "@aws-sdk/client-wellarchitected",
    client: "WellArchitectedClient",
  },
  proton: { ours: "@slimsdk/client-proton-env", official: "@aws-sdk/client-proton", client: "ProtonClient" },
  imagebuilder: { ours: "@slimsdk/client-imagebuilder-state", official: "@aws-sdk/client-imagebuilder", client: "ImagebuilderClient" },
  codeguruprofiler: {
    ours: "@slimsdk/client-codeguru-profiling",
    official: "@aws-sdk/client-codeguruprofiler",
    client: "CodeGuruProfilerClient",
  },
};

const WORKLOAD_ID = "0123456789abcdef0123456789abcdef";
const PROFILE_ARN = "arn:aws:wellarchitected:us-east-1:123456789012:profile/0123456789abcdef";
const IMAGE_ARN = "arn:aws:imagebuilder:us-east-1:123456789012:image/bench-image/1.0.0/1";
const json = (value) => JSON.stringify(value);

/**
 * The five operations: `input` is what `send()` gets; `response` is the canned 200-class response of the
 * stub handler (a body each client parses in full, so deserialization is measured too).
 */
export const OPERATIONS = [
  {
    name: "UpgradeProfileVersion",
    service: "wellarchitected",
    input: { WorkloadId: WORKLOAD_ID, ProfileArn: PROFILE_ARN, MilestoneName: "bench-milestone" },
    response: { statusCode: 200, contentType: "application/json", body: "" },
  },
  {
    name: "CreateWorkloadShare",
    service: "wellarchitected",
    input: { WorkloadId: WORKLOAD_ID, SharedWith: "123456789012", PermissionType: "READONLY" },
    response: {
      statusCode: 200,
      contentType: "application/json",
      body: json({ WorkloadId: WORKLOAD_ID, ShareId: "fedcba9876543210fedcba9876543210" }),
    },
  },
  {
    name: "UpdateEnvironment",
    service: "proton",
    input: { name: "bench-env", deploymentType: "CURRENT_VERSION", spec: "proton: EnvironmentSpec\nspec:\n  size: small\n" },
    response: {
      statusCode: 200,
      contentType: "application/x-amz-json-1.0",
      body: json({
        environment: {
          name: "bench-env",
          arn: "arn:aws:proton:us-east-1:123456789012:environment/bench-env",
          createdAt: 1700000000,
          lastDeploymentAttemptedAt: 1700000100.5,
          lastDeploymentSucceededAt: 1700000200,
          templateName: "bench-template",
          templateMajorVersion: "1",
          templateMinorVersion: "0",
          deploymentStatus: "IN_PROGRESS",
          spec: "proton: EnvironmentSpec\nspec:\n  size: small\n",
          protonServiceRoleArn: "arn:aws:iam::123456789012:role/proton",
        },
      }),
    },
  },
  {
    name: "StartResourceStateUpdate",
    service: "imagebuilder",
    input: { resourceArn: IMAGE_ARN, state: { status: "DEPRECATED" } },
    response: {
      statusCode: 200,
      contentType: "application/json",
      body: json({ lifecycleExecutionId: "lce-0123456789abcdef0", resourceArn: IMAGE_ARN }),
    },
  },
  {
    name: "CreateProfilingGroup",
    service: "codeguruprofiler",
    input: { profilingGroupName: "bench-group", computePlatform: "Default" },
    response: {
      statusCode: 201,
      contentType: "application/json",
      body: json({
        name: "bench-group",
        arn: "arn:aws:codeguru-profiler:us-east-1:123456789012:profilingGroup/bench-group",
        computePlatform: "Default",
        agentOrchestrationConfig: { profilingEnabled: true },
        createdAt: "2024-01-01T00:00:00.000Z",
        updatedAt: "2024-01-01T00:00:00.000Z",
        tags: { team: "bench" },
      }),
    },
  },
];

/** The operations of one service, in the order above. */
export const operationsOf = (service) => OPERATIONS.filter((op) => op.service === service);

/** Our package or the official one. */
export const IMPLEMENTATIONS = ["ours", "official"];

/** Static credentials every benchmark signs with. */
export const CREDENTIALS = { accessKeyId: "AKIDBENCHMARK", secretAccessKey: "bench-secret-key" };
