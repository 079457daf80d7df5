/** The five generated operations, each behind one uniform call shape so a test can loop over them. */
import {
  CodeGuruProfilerClient,
  CodeGuruProfilerServiceException,
  CreateProfilingGroup$,
  CreateProfilingGroupCommand,
  type CreateProfilingGroupCommandInput,
} from "@slimsdk/client-codeguru-profiling";
import {
  ImagebuilderClient,
  ImagebuilderServiceException,
  StartResourceStateUpdate$,
  StartResourceStateUpdateCommand,
  type StartResourceStateUpdateCommandInput,
} from "@slimsdk/client-imagebuilder-state";
import {
  ProtonClient,
  ProtonServiceException,
  UpdateEnvironment$,
  UpdateEnvironmentCommand,
  type UpdateEnvironmentCommandInput,
} from "@slimsdk/client-proton-env";
import {
  CreateWorkloadShare$,
  CreateWorkloadShareCommand,
  type CreateWorkloadShareCommandInput,
  UpgradeProfileVersion$,
  UpgradeProfileVersionCommand,
  type UpgradeProfileVersionCommandInput,
  WellArchitectedClient,
  WellArchitectedServiceException,
} from "@slimsdk/client-wellarchitected-ops";
import type { SeedIds } from "@slimsdk/local-endpoint";
import type { ClientConfig, MiddlewareStack, OperationSchema, SendOptions, ServiceException } from "@slimsdk/runtime";

/** Any input: the tests feed valid and invalid ones alike. */
export type AnyInput = Record<string, unknown>;

/** A client bound to one operation. */
export interface OperationCaller {
  send(input: AnyInput, options?: SendOptions): Promise<Record<string, unknown>>;
  destroy(): void;
  /** The client's middleware stack. */
  readonly middlewareStack: MiddlewareStack;
}

/** One operation of one generated client. */
export interface OperationCase {
  readonly name: string;
  readonly protocol: "restJson1" | "awsJson1_0";
  readonly schema: OperationSchema;
  /** The service's base exception: every service error is an instance of it. */
  readonly baseError: abstract new (
    ...args: never[]
  ) => ServiceException;
  /** Builds a client with `config` and returns a caller of this operation. */
  caller(config: ClientConfig): OperationCaller;
  /** An input the local endpoint accepts for its seeded state. */
  validInput(ids: SeedIds): AnyInput;
}

/** Casts the loose test input to a command's input type (the runtime checks it, which is what some tests want). */
const as = <T>(input: AnyInput): T => input as unknown as T;

/** A caller around a client instance and a command factory. */
function bind(
  client: { send(command: never, options?: SendOptions): Promise<unknown>; destroy(): void; middlewareStack: MiddlewareStack },
  command: (input: AnyInput) => unknown,
): OperationCaller {
  return {
    send: (input, options) => client.send(command(input) as never, options) as Promise<Record<string, unknown>>,
    destroy: () => client.destroy(),
    middlewareStack: client.middlewareStack,
  };
}

/** Every operation the project generates, in a fixed order. */
export const OPERATIONS: readonly OperationCase[] = [
  {
    name: "UpgradeProfileVersion",
    protocol: "restJson1",
    schema: UpgradeProfileVersion$,
    baseError: WellArchitectedServiceException,
    caller: (config) =>
      bind(new WellArchitectedClient(config), (i) => new UpgradeProfileVersionCommand(as<UpgradeProfileVersionCommandInput>(i))),
    validInput: (ids) => ({ WorkloadId: ids.wellArchitected.workloadId, ProfileArn: ids.wellArchitected.profileArn }),
  },
  {
    name: "CreateWorkloadShare",
    protocol: "restJson1",
    schema: CreateWorkloadShare$,
    baseError: WellArchitectedServiceException,
    caller: (config) =>
      bind(new WellArchitectedClient(config), (i) => new CreateWorkloadShareCommand(as<CreateWorkloadShareCommandInput>(i))),
    validInput: (ids) => ({ WorkloadId: ids.wellArchitected.workloadId, SharedWith: "210987654321", PermissionType: "READONLY" }),
  },
  {
    name: "UpdateEnvironment",
    protocol: "awsJson1_0",
    schema: UpdateEnvironment$,
    baseError: ProtonServiceException,
    caller: (config) => bind(new ProtonClient(config), (i) => new UpdateEnvironmentCommand(as<UpdateEnvironmentCommandInput>(i))),
    validInput: (ids) => ({ name: ids.proton.dev, deploymentType: "NONE", description: "updated" }),
  },
  {
    name: "StartResourceStateUpdate",
    protocol: "restJson1",
    schema: StartResourceStateUpdate$,
    baseError: ImagebuilderServiceException,
    caller: (config) =>
      bind(new ImagebuilderClient(config), (i) => new StartResourceStateUpdateCommand(as<StartResourceStateUpdateCommandInput>(i))),
    validInput: (ids) => ({ resourceArn: ids.imageBuilder.available, state: { status: "DEPRECATED" } }),
  },
  {
    name: "CreateProfilingGroup",
    protocol: "restJson1",
    schema: CreateProfilingGroup$,
    baseError: CodeGuruProfilerServiceException,
    caller: (config) =>
      bind(new CodeGuruProfilerClient(config), (i) => new CreateProfilingGroupCommand(as<CreateProfilingGroupCommandInput>(i))),
    validInput: () => ({ profilingGroupName: "reliability-group" }),
  },
];

/** The operation case named `name` (throws for a typo, so a test cannot silently cover nothing). */
export function operation(name: string): OperationCase {
  const found = OPERATIONS.find((o) => o.name === name);
  if (!found) throw new Error(`no operation ${name}`);
  return found;
}
