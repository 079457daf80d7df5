import { CreateProfilingGroupCommand } from "@slimsdk/client-codeguru-profiling";
import { StartResourceStateUpdateCommand } from "@slimsdk/client-imagebuilder-state";
import { UpdateEnvironmentCommand } from "@slimsdk/client-proton-env";
import { CreateWorkloadShareCommand, UpgradeProfileVersionCommand } from "@slimsdk/client-wellarchitected-ops";
import type { SeedIds } from "@slimsdk/local-endpoint";
import type { ResponseMetadata } from "@slimsdk/runtime";
import type { ExampleClients } from "./clients.js";
import { type Print, printFields, printHeading } from "./print.js";

/** The account the example shares a workload with (the endpoint's second account). */
export const PARTNER_ACCOUNT_ID = "210987654321";

/** The facts of `$metadata` worth showing for every call. */
function callFacts(metadata: ResponseMetadata): Record<string, unknown> {
  return { "HTTP status": metadata.httpStatusCode, "request id": metadata.requestId, attempts: metadata.attempts };
}

/** Well-Architected (restJson1): upgrades a workload's review profile, recording a milestone first. */
export async function upgradeProfileVersion(clients: ExampleClients, ids: SeedIds, print: Print): Promise<void> {
  const input = {
    WorkloadId: ids.wellArchitected.workloadId,
    ProfileArn: ids.wellArchitected.profileArn,
    MilestoneName: "before-profile-v3",
  };
  const out = await clients.wellArchitected.send(new UpgradeProfileVersionCommand(input));
  printHeading(print, "Well-Architected: UpgradeProfileVersion");
  // The operation has no output members: success is the 200 itself.
  printFields(print, {
    workload: input.WorkloadId,
    profile: input.ProfileArn,
    milestone: input.MilestoneName,
    ...callFacts(out.$metadata),
  });
}

/** Well-Architected (restJson1): shares a workload read-only with another account. */
export async function createWorkloadShare(clients: ExampleClients, ids: SeedIds, print: Print): Promise<void> {
  const out = await clients.wellArchitected.send(
    new CreateWorkloadShareCommand({
      WorkloadId: ids.wellArchitected.workloadId,
      SharedWith: PARTNER_ACCOUNT_ID,
      PermissionType: "READONLY",
    }),
  );
  printHeading(print, "Well-Architected: CreateWorkloadShare");
  printFields(print, { WorkloadId: out.WorkloadId, ShareId: out.ShareId, ...callFacts(out.$metadata) });
}

/** Proton (awsJson1_0): moves an environment to the recommended minor version of its template. */
export async function updateEnvironment(clients: ExampleClients, ids: SeedIds, print: Print): Promise<void> {
  const { environment: env, $metadata } = await clients.proton.send(
    new UpdateEnvironmentCommand({ name: ids.proton.dev, deploymentType: "MINOR_VERSION", description: "Roll out template 1.x fixes" }),
  );
  printHeading(print, "Proton: UpdateEnvironment");
  printFields(print, {
    name: env.name,
    arn: env.arn,
    template: `${env.templateName} ${env.templateMajorVersion}.${env.templateMinorVersion}`,
    deploymentStatus: env.deploymentStatus,
    description: env.description,
    createdAt: env.createdAt,
    lastDeploymentSucceededAt: env.lastDeploymentSucceededAt,
    ...callFacts($metadata),
  });
}

/** Image Builder (restJson1): deprecates an image version now, keeping its AMIs tagged `keep=true`. */
export async function startResourceStateUpdate(clients: ExampleClients, ids: SeedIds, print: Print): Promise<void> {
  const out = await clients.imageBuilder.send(
    new StartResourceStateUpdateCommand({
      resourceArn: ids.imageBuilder.available,
      state: { status: "DEPRECATED" },
      includeResources: { amis: true, snapshots: false },
      exclusionRules: { amis: { tagMap: { keep: "true" } } },
    }),
  );
  printHeading(print, "Image Builder: StartResourceStateUpdate");
  printFields(print, { resourceArn: out.resourceArn, lifecycleExecutionId: out.lifecycleExecutionId, ...callFacts(out.$metadata) });
}

/** CodeGuru Profiler (restJson1, 201): creates a profiling group; the client fills in the idempotency token. */
export async function createProfilingGroup(clients: ExampleClients, print: Print): Promise<void> {
  const { profilingGroup: group, $metadata } = await clients.codeGuruProfiler.send(
    new CreateProfilingGroupCommand({
      profilingGroupName: "checkout-service",
      computePlatform: "Default",
      agentOrchestrationConfig: { profilingEnabled: true },
      tags: { team: "payments" },
    }),
  );
  printHeading(print, "CodeGuru Profiler: CreateProfilingGroup");
  printFields(print, {
    name: group.name,
    arn: group.arn,
    computePlatform: group.computePlatform,
    profilingEnabled: group.agentOrchestrationConfig?.profilingEnabled,
    createdAt: group.createdAt,
    tags: group.tags,
    ...callFacts($metadata),
  });
}

/** Calls the five operations in turn, printing each typed result. */
export async function callAllOperations(clients: ExampleClients, ids: SeedIds, print: Print): Promise<void> {
  await upgradeProfileVersion(clients, ids, print);
  await createWorkloadShare(clients, ids, print);
  await updateEnvironment(clients, ids, print);
  await startResourceStateUpdate(clients, ids, print);
  await createProfilingGroup(clients, print);
}
