/**
 * Compiled (never run) by ../types.test.ts with tsc: what the generated clients' types allow and
 * forbid. Every `@ts-expect-error` names the TypeScript error code its next line must raise.
 */
import { CodeGuruProfilerClient, CreateProfilingGroupCommand } from "@slimsdk/client-codeguru-profiling";
import { ImagebuilderClient, StartResourceStateUpdateCommand } from "@slimsdk/client-imagebuilder-state";
import { type DeploymentStatus, ProtonClient, ProtonServiceException, UpdateEnvironmentCommand } from "@slimsdk/client-proton-env";
import {
  ConflictException,
  CreateWorkloadShareCommand,
  PermissionType,
  ServiceQuotaExceededException,
  UpgradeProfileVersionCommand,
  ValidationException,
  type ValidationExceptionReason,
  WellArchitectedClient,
  WellArchitectedServiceException,
} from "@slimsdk/client-wellarchitected-ops";

const wa = new WellArchitectedClient({ region: "us-east-1" });
const proton = new ProtonClient({ region: "us-east-1" });
const imagebuilder = new ImagebuilderClient({ region: "us-east-1" });
const codeguru = new CodeGuruProfilerClient({ region: "us-east-1" });
const workloadId = "0123456789abcdef0123456789abcdef";

/** Lines that must compile: outputs are typed, errors narrow with instanceof. */
export async function allowed(): Promise<void> {
  const env = await proton.send(new UpdateEnvironmentCommand({ name: "dev", deploymentType: "NONE" }));
  const created: Date = env.environment.createdAt;
  const status: DeploymentStatus = env.environment.deploymentStatus;
  const httpStatus: number | undefined = env.$metadata.httpStatusCode;
  const state = await imagebuilder.send(
    new StartResourceStateUpdateCommand({ resourceArn: "arn", state: { status: "AVAILABLE" }, updateAt: new Date() }),
  );
  const lce: string | undefined = state.lifecycleExecutionId;
  const group = await codeguru.send(new CreateProfilingGroupCommand({ profilingGroupName: "g", computePlatform: "AWSLambda" }));
  const updatedAt: Date | undefined = group.profilingGroup.updatedAt;
  const upgraded = await wa.send(new UpgradeProfileVersionCommand({ WorkloadId: workloadId, ProfileArn: "arn" }));
  const attempts: number | undefined = upgraded.$metadata.attempts;
  void [created, status, httpStatus, lce, updatedAt, attempts];
  // Enum constants are usable values of their type.
  await wa.send(new CreateWorkloadShareCommand({ WorkloadId: workloadId, PermissionType: PermissionType.CONTRIBUTOR }));
  // Modeled errors can be built (e.g. by a test double) from their members.
  const conflict = new ConflictException({ message: "taken", ResourceId: "r", $metadata: { httpStatusCode: 409 } });
  const conflictFault: "client" = conflict.$fault;
  void conflictFault;

  try {
    await wa.send(new CreateWorkloadShareCommand({ WorkloadId: workloadId, SharedWith: "123456789012", PermissionType: "READONLY" }));
  } catch (err) {
    if (err instanceof ConflictException) {
      // Compiles only because instanceof narrowed `unknown` to ConflictException.
      const id: string | undefined = err.ResourceId;
      const type: string | undefined = err.ResourceType;
      const name: "ConflictException" = err.name;
      const fault: "client" = err.$fault;
      void [id, type, name, fault];
    } else if (err instanceof ValidationException) {
      const reason: ValidationExceptionReason | undefined = err.Reason;
      const field: string | undefined = err.Fields?.[0]?.Name;
      void [reason, field];
    } else if (err instanceof ServiceQuotaExceededException) {
      const codes: [string | undefined, string | undefined] = [err.QuotaCode, err.ServiceCode];
      void codes;
    } else if (err instanceof WellArchitectedServiceException) {
      const name: string = err.name;
      void name;
    }
  }
  try {
    await proton.send(new UpdateEnvironmentCommand({ name: "dev", deploymentType: "NONE" }));
  } catch (err) {
    if (err instanceof ProtonServiceException) {
      const requestId: string | undefined = err.$metadata.requestId;
      const fault: "client" | "server" = err.$fault;
      void [requestId, fault];
    }
  }
}

/** Lines that must not compile. */
export function forbidden(err: unknown): void {
  // @ts-expect-error TS2345 a missing required member (ProfileArn)
  new UpgradeProfileVersionCommand({ WorkloadId: workloadId });
  // @ts-expect-error TS2345 a missing required member (deploymentType)
  new UpdateEnvironmentCommand({ name: "dev" });
  // @ts-expect-error TS2322 a wrong enum literal
  new CreateWorkloadShareCommand({ WorkloadId: workloadId, PermissionType: "OWNER" });
  // @ts-expect-error TS2820 enum literals are case-sensitive ("Default", not "DEFAULT")
  new CreateProfilingGroupCommand({ profilingGroupName: "g", computePlatform: "DEFAULT" });
  // @ts-expect-error TS2353 an unknown member
  new CreateProfilingGroupCommand({ profilingGroupName: "g", owner: "me" });
  new UpdateEnvironmentCommand({
    name: "dev",
    deploymentType: "NONE",
    // @ts-expect-error TS2353 an unknown member in a nested structure
    provisioningRepository: { provider: "GITHUB", name: "o/r", branch: "b", arn: "x" },
  });
  // @ts-expect-error TS2322 a timestamp member takes a Date, not a string
  new StartResourceStateUpdateCommand({ resourceArn: "arn", state: {}, updateAt: "2024-06-01T00:00:00Z" });
  // @ts-expect-error TS2379 a Proton command through the Well-Architected client
  void wa.send(new UpdateEnvironmentCommand({ name: "dev", deploymentType: "NONE" }));
  // @ts-expect-error TS2379 a CodeGuru Profiler command through the Image Builder client
  void imagebuilder.send(new CreateProfilingGroupCommand({ profilingGroupName: "g" }));
  // @ts-expect-error TS2353 a modeled error takes only its own members
  new ConflictException({ message: "taken", QuotaCode: "q" });
  void (async () => {
    const out = await wa.send(new UpgradeProfileVersionCommand({ WorkloadId: workloadId, ProfileArn: "arn" }));
    // @ts-expect-error TS2339 UpgradeProfileVersion has no output members
    void out.Status;
  })();
  // @ts-expect-error TS18046 members are not reachable before narrowing
  void err.ResourceId;
  if (err instanceof ValidationException) {
    // @ts-expect-error TS2339 a ValidationException has no ResourceId
    void err.ResourceId;
  }
}
