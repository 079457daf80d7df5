/** Every modeled error of the five operations, written out by hand from the models (not read from the generated schemas). */
import * as cg from "@slimsdk/client-codeguru-profiling";
import * as ib from "@slimsdk/client-imagebuilder-state";
import * as pr from "@slimsdk/client-proton-env";
import * as wa from "@slimsdk/client-wellarchitected-ops";
import type { CaptureHandler } from "./capture-handler.js";
import { clientConfig } from "./fixtures.js";

/** One modeled error: its class, HTTP status, fault, and the members a realistic body carries. */
export interface ErrorCase {
  readonly ctor: abstract new (...args: never[]) => Error;
  readonly name: string;
  readonly status: number;
  readonly fault: "client" | "server";
  /** Members as they appear in the JSON body (and, parsed, on the error). */
  readonly members: Readonly<Record<string, unknown>>;
  /** Whether the standard retry mode tries again: throttling (429), 5xx, or `@retryable` in the model. */
  readonly retried: boolean;
}

/** One operation: how to send it, its service's namespace and base exception, and its errors. */
export interface OperationErrors {
  readonly operation: string;
  readonly namespace: string;
  readonly base: abstract new (...args: never[]) => Error;
  readonly send: (handler: CaptureHandler, maxAttempts?: number) => Promise<unknown>;
  readonly errors: readonly ErrorCase[];
}

const cfg = (h: CaptureHandler, maxAttempts = 1) => clientConfig(h, { maxAttempts, retryStrategy: { computeDelay: () => 0 } });
const msg = (message: string) => ({ message });

const WORKLOAD = "0123456789abcdef0123456789abcdef";
const waErrors: readonly ErrorCase[] = [
  {
    ctor: wa.AccessDeniedException,
    name: "AccessDeniedException",
    status: 403,
    fault: "client",
    retried: false,
    members: { Message: "User is not authorized" },
  },
  {
    ctor: wa.ConflictException,
    name: "ConflictException",
    status: 409,
    fault: "client",
    retried: false,
    members: { Message: "Share already exists", ResourceId: WORKLOAD, ResourceType: "WORKLOAD_SHARE" },
  },
  {
    ctor: wa.InternalServerException,
    name: "InternalServerException",
    status: 500,
    fault: "server",
    retried: true,
    members: { Message: "Try again" },
  },
  {
    ctor: wa.ResourceNotFoundException,
    name: "ResourceNotFoundException",
    status: 404,
    fault: "client",
    retried: false,
    members: { Message: "No such workload", ResourceId: WORKLOAD, ResourceType: "WORKLOAD" },
  },
  {
    ctor: wa.ServiceQuotaExceededException,
    name: "ServiceQuotaExceededException",
    status: 402,
    fault: "client",
    retried: false,
    members: {
      Message: "Too many shares",
      ResourceId: WORKLOAD,
      ResourceType: "WORKLOAD_SHARE",
      QuotaCode: "L-1234ABCD",
      ServiceCode: "wellarchitected",
    },
  },
  {
    ctor: wa.ThrottlingException,
    name: "ThrottlingException",
    status: 429,
    fault: "client",
    retried: true,
    members: { Message: "Rate exceeded", QuotaCode: "L-RATE", ServiceCode: "wellarchitected" },
  },
  {
    ctor: wa.ValidationException,
    name: "ValidationException",
    status: 400,
    fault: "client",
    retried: false,
    members: {
      Message: "2 validation errors",
      Reason: "FIELD_VALIDATION_FAILED",
      Fields: [
        { Name: "SharedWith", Message: "Member must have length greater than or equal to 12" },
        { Name: "PermissionType", Message: "Member must satisfy enum value set" },
      ],
    },
  },
];

const protonErrors: readonly ErrorCase[] = [
  {
    ctor: pr.AccessDeniedException,
    name: "AccessDeniedException",
    status: 403,
    fault: "client",
    retried: false,
    members: msg("Not allowed"),
  },
  {
    ctor: pr.ConflictException,
    name: "ConflictException",
    status: 409,
    fault: "client",
    retried: false,
    members: msg("Deployment in progress"),
  },
  {
    ctor: pr.InternalServerException,
    name: "InternalServerException",
    status: 500,
    fault: "server",
    retried: true,
    members: msg("Internal error"),
  },
  {
    ctor: pr.ResourceNotFoundException,
    name: "ResourceNotFoundException",
    status: 404,
    fault: "client",
    retried: false,
    members: msg("No environment dev-env"),
  },
  { ctor: pr.ThrottlingException, name: "ThrottlingException", status: 429, fault: "client", retried: true, members: msg("Rate exceeded") },
  { ctor: pr.ValidationException, name: "ValidationException", status: 400, fault: "client", retried: false, members: msg("Bad spec") },
];

const imagebuilderErrors: readonly ErrorCase[] = [
  {
    ctor: ib.CallRateLimitExceededException,
    name: "CallRateLimitExceededException",
    status: 429,
    fault: "client",
    retried: true,
    members: msg("Slow down"),
  },
  { ctor: ib.ClientException, name: "ClientException", status: 400, fault: "client", retried: false, members: msg("Client error") },
  { ctor: ib.ForbiddenException, name: "ForbiddenException", status: 403, fault: "client", retried: false, members: msg("Forbidden") },
  {
    ctor: ib.IdempotentParameterMismatchException,
    name: "IdempotentParameterMismatchException",
    status: 400,
    fault: "client",
    retried: false,
    members: msg("Token reused with other parameters"),
  },
  {
    ctor: ib.InvalidRequestException,
    name: "InvalidRequestException",
    status: 400,
    fault: "client",
    retried: false,
    members: msg("Invalid request"),
  },
  { ctor: ib.ResourceInUseException, name: "ResourceInUseException", status: 400, fault: "client", retried: false, members: msg("In use") },
  {
    ctor: ib.ResourceNotFoundException,
    name: "ResourceNotFoundException",
    status: 404,
    fault: "client",
    retried: false,
    members: msg("No such image"),
  },
  // The service's own error named ServiceException (not the runtime's base class of the same name).
  { ctor: ib.ServiceException, name: "ServiceException", status: 500, fault: "server", retried: true, members: msg("Service failure") },
  {
    ctor: ib.ServiceUnavailableException,
    name: "ServiceUnavailableException",
    status: 503,
    fault: "server",
    retried: true,
    members: msg("Unavailable"),
  },
];

const codeguruErrors: readonly ErrorCase[] = [
  { ctor: cg.ConflictException, name: "ConflictException", status: 409, fault: "client", retried: false, members: msg("Group exists") },
  {
    ctor: cg.InternalServerException,
    name: "InternalServerException",
    status: 500,
    fault: "server",
    retried: true,
    members: msg("Internal error"),
  },
  // `@retryable` in the CodeGuru Profiler model, so retried although it is a 402.
  {
    ctor: cg.ServiceQuotaExceededException,
    name: "ServiceQuotaExceededException",
    status: 402,
    fault: "client",
    retried: true,
    members: msg("Too many groups"),
  },
  { ctor: cg.ThrottlingException, name: "ThrottlingException", status: 429, fault: "client", retried: true, members: msg("Rate exceeded") },
  { ctor: cg.ValidationException, name: "ValidationException", status: 400, fault: "client", retried: false, members: msg("Bad name") },
];

/** The five operations with every error their model declares. */
export const OPERATIONS: readonly OperationErrors[] = [
  {
    operation: "UpgradeProfileVersion",
    namespace: "com.amazonaws.wellarchitected",
    base: wa.WellArchitectedServiceException,
    send: (h, n) =>
      new wa.WellArchitectedClient(cfg(h, n)).send(
        new wa.UpgradeProfileVersionCommand({
          WorkloadId: WORKLOAD,
          ProfileArn: "arn:aws:wellarchitected:us-west-2:123456789012:profile/p1",
        }),
      ),
    errors: waErrors,
  },
  {
    operation: "CreateWorkloadShare",
    namespace: "com.amazonaws.wellarchitected",
    base: wa.WellArchitectedServiceException,
    send: (h, n) =>
      new wa.WellArchitectedClient(cfg(h, n)).send(
        new wa.CreateWorkloadShareCommand({ WorkloadId: WORKLOAD, SharedWith: "123456789012", PermissionType: "READONLY" }),
      ),
    errors: waErrors,
  },
  {
    operation: "UpdateEnvironment",
    namespace: "com.amazonaws.proton",
    base: pr.ProtonServiceException,
    send: (h, n) => new pr.ProtonClient(cfg(h, n)).send(new pr.UpdateEnvironmentCommand({ name: "dev-env", deploymentType: "NONE" })),
    errors: protonErrors,
  },
  {
    operation: "StartResourceStateUpdate",
    namespace: "com.amazonaws.imagebuilder",
    base: ib.ImagebuilderServiceException,
    send: (h, n) =>
      new ib.ImagebuilderClient(cfg(h, n)).send(
        new ib.StartResourceStateUpdateCommand({
          resourceArn: "arn:aws:imagebuilder:us-west-2:123456789012:image/web-server/1.2.3/4",
          state: { status: "DEPRECATED" },
        }),
      ),
    errors: imagebuilderErrors,
  },
  {
    operation: "CreateProfilingGroup",
    namespace: "com.amazonaws.codeguruprofiler",
    base: cg.CodeGuruProfilerServiceException,
    send: (h, n) => new cg.CodeGuruProfilerClient(cfg(h, n)).send(new cg.CreateProfilingGroupCommand({ profilingGroupName: "checkout" })),
    errors: codeguruErrors,
  },
];
