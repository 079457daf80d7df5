import { CodeGuruProfilerClient, CodeGuruProfilerServiceException, CreateProfilingGroupCommand } from "@slimsdk/client-codeguru-profiling";
import { ImagebuilderClient, ImagebuilderServiceException, StartResourceStateUpdateCommand } from "@slimsdk/client-imagebuilder-state";
import { ProtonClient, ProtonServiceException, UpdateEnvironmentCommand } from "@slimsdk/client-proton-env";
import {
  CreateWorkloadShareCommand,
  UpgradeProfileVersionCommand,
  WellArchitectedClient,
  WellArchitectedServiceException,
} from "@slimsdk/client-wellarchitected-ops";
import { type EndpointStats, type LocalEndpoint, OTHER_ACCOUNT_ID } from "@slimsdk/local-endpoint";
import type { ClientConfig, HttpRequest, MetadataBearer, MiddlewareStack, ServiceException } from "@slimsdk/runtime";

/** What the cross-cutting tests need of any generated client. */
export interface AnyClient {
  readonly middlewareStack: MiddlewareStack;
  readonly config: { systemClockOffset: number };
  destroy(): void;
}

/** One operation of one generated client, callable with any config: the same call for signing, skew and retry tests. */
export interface OperationCase {
  readonly operation: string;
  /** The service's generated base exception, which unmodeled errors (such as signature errors) arrive as. */
  readonly baseError: abstract new (
    ...args: never[]
  ) => ServiceException;
  /** The `stats().created` counter the operation's effect increments. */
  readonly effect: keyof EndpointStats["created"];
  /** Reads the idempotency token from a request as sent; undefined for an operation without one. */
  readonly tokenOf: ((request: HttpRequest) => string | undefined) | undefined;
  /** Creates a fresh client with `config`, lets `prepare` touch it, sends a valid call for the seeded state, destroys the client. */
  call(endpoint: LocalEndpoint, config: ClientConfig, prepare?: (client: AnyClient) => void): Promise<MetadataBearer>;
}

/** Sends through a fresh client, always destroying it (its sockets would keep the test process busy). */
async function through<C extends AnyClient, O>(client: C, prepare: ((client: AnyClient) => void) | undefined, send: (c: C) => Promise<O>) {
  prepare?.(client);
  try {
    return await send(client);
  } finally {
    client.destroy();
  }
}

/** A member of the request's JSON body. */
const bodyMember = (name: string) => (request: HttpRequest) =>
  (JSON.parse(String(request.body)) as Record<string, string | undefined>)[name];

/** The five operations, each with inputs that succeed against the freshly seeded endpoint. */
export const OPERATION_CASES: readonly OperationCase[] = [
  {
    operation: "UpgradeProfileVersion",
    baseError: WellArchitectedServiceException,
    effect: "profileUpgrades",
    tokenOf: bodyMember("ClientRequestToken"),
    call: (ep, config, prepare) =>
      through(new WellArchitectedClient(config), prepare, (c) =>
        c.send(
          new UpgradeProfileVersionCommand({
            WorkloadId: ep.ids.wellArchitected.workloadId,
            ProfileArn: ep.ids.wellArchitected.profileArn,
            MilestoneName: "pre-upgrade",
          }),
        ),
      ),
  },
  {
    operation: "CreateWorkloadShare",
    baseError: WellArchitectedServiceException,
    effect: "workloadShares",
    tokenOf: bodyMember("ClientRequestToken"),
    call: (ep, config, prepare) =>
      through(new WellArchitectedClient(config), prepare, (c) =>
        c.send(
          new CreateWorkloadShareCommand({
            WorkloadId: ep.ids.wellArchitected.workloadId,
            SharedWith: OTHER_ACCOUNT_ID,
            PermissionType: "READONLY",
          }),
        ),
      ),
  },
  {
    operation: "UpdateEnvironment",
    baseError: ProtonServiceException,
    effect: "environmentUpdates",
    tokenOf: undefined,
    call: (ep, config, prepare) =>
      through(new ProtonClient(config), prepare, (c) =>
        c.send(new UpdateEnvironmentCommand({ name: ep.ids.proton.dev, deploymentType: "MINOR_VERSION" })),
      ),
  },
  {
    operation: "StartResourceStateUpdate",
    baseError: ImagebuilderServiceException,
    effect: "resourceStateUpdates",
    tokenOf: bodyMember("clientToken"),
    call: (ep, config, prepare) =>
      through(new ImagebuilderClient(config), prepare, (c) =>
        c.send(new StartResourceStateUpdateCommand({ resourceArn: ep.ids.imageBuilder.available, state: { status: "DEPRECATED" } })),
      ),
  },
  {
    operation: "CreateProfilingGroup",
    baseError: CodeGuruProfilerServiceException,
    effect: "profilingGroups",
    tokenOf: (request) => {
      const token = request.query.clientToken;
      return typeof token === "string" ? token : undefined;
    },
    call: (_ep, config, prepare) =>
      through(new CodeGuruProfilerClient(config), prepare, (c) =>
        c.send(
          new CreateProfilingGroupCommand({ profilingGroupName: "checkout-service", agentOrchestrationConfig: { profilingEnabled: true } }),
        ),
      ),
  },
];
