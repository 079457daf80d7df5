import { randomUUID } from "node:crypto";
import { ServiceError } from "../../protocol/service-error.js";
import { bool, int, list, map, required, str, struct, timestamp } from "../../validation/shape.js";
import { defineOperation, type Operation } from "../operation.js";
import { type ImageResourceStatus, imageOwner } from "./image-builder-state.js";
import { imageBuilder } from "./service.js";

interface StartResourceStateUpdateInput {
  readonly resourceArn: string;
  readonly state: { readonly status?: ImageResourceStatus };
  readonly executionRole?: string;
  readonly updateAt?: number;
  readonly clientToken: string;
}

/** The image version ARN pattern of the request and response. */
export const IMAGE_ARN_PATTERN =
  "^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):image/[a-z0-9-_]+/[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+$";
const STATUSES = ["AVAILABLE", "DELETED", "DEPRECATED", "DISABLED"];
const ROLE_ACCOUNT = /^arn:aws(?:-[a-z]+)*:iam::([0-9]{12}):role\//;

/** PUT /StartResourceStateUpdate: starts a lifecycle state change of an image and its resources. */
export const startResourceStateUpdate: Operation = defineOperation<StartResourceStateUpdateInput>({
  name: "StartResourceStateUpdate",
  service: imageBuilder,
  http: { method: "PUT", path: "/StartResourceStateUpdate", status: 200 },
  input: struct({
    resourceArn: required(str({ pattern: IMAGE_ARN_PATTERN })),
    state: required(struct({ status: str({ enum: STATUSES }) })),
    executionRole: str({ min: 1, max: 2048, pattern: "^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role/)?[a-zA-Z_0-9+=,.@\\-_/]+$" }),
    includeResources: struct({ amis: bool(), containers: bool(), snapshots: bool() }),
    exclusionRules: struct({
      amis: struct({
        isPublic: bool(),
        regions: list(str({ min: 1, max: 1024 })),
        sharedAccounts: list(str({ pattern: "^[0-9]{12}$" }), { min: 1, max: 1536 }),
        lastLaunched: struct({
          unit: required(str({ enum: ["DAYS", "WEEKS", "MONTHS", "YEARS"] })),
          value: required(int({ min: 1, max: 365 })),
        }),
        tagMap: map(str({ min: 1, max: 128, pattern: "^(?!aws:)[a-zA-Z+-=._:/]+$" }), str({ max: 256 }), { max: 50 }),
      }),
    }),
    updateAt: timestamp(),
    clientToken: required(str({ min: 1, max: 36 })),
  }),
  idempotencyToken: "clientToken",
  idempotencyMismatch: () =>
    new ServiceError(
      "IdempotentParameterMismatchException",
      400,
      "You have specified a client token for an operation using parameter values that differ from a previous request that used the same client token.",
    ),
  run(input, ctx) {
    const state = ctx.state.imageBuilder;
    const image = state.images.get(input.resourceArn);
    if (image === undefined) throw new ServiceError("ResourceNotFoundException", 404, `Resource ${input.resourceArn} does not exist.`);
    const owner = imageOwner(image.arn);
    if (owner !== ctx.account) {
      throw new ServiceError("ForbiddenException", 403, `You are not authorized to change the state of ${image.arn}, owned by ${owner}.`);
    }
    if (image.runningExecutionId !== undefined) {
      throw new ServiceError(
        "ResourceInUseException",
        400,
        `Resource ${image.arn} is in use by lifecycle execution ${image.runningExecutionId}. Retry when it has finished.`,
      );
    }
    const status = input.state.status;
    if (status === undefined) throw new ServiceError("InvalidRequestException", 400, "The state to apply must include a status.");
    if (image.status === "DELETED") {
      throw new ServiceError("ClientException", 400, `Resource ${image.arn} is deleted; its state can't be changed.`);
    }
    const roleAccount = input.executionRole === undefined ? undefined : ROLE_ACCOUNT.exec(input.executionRole)?.[1];
    if (roleAccount !== undefined && roleAccount !== ctx.account) {
      throw new ServiceError(
        "ClientException",
        400,
        `Execution role ${input.executionRole} belongs to account ${roleAccount}; it can't be used.`,
      );
    }
    const lifecycleExecutionId = `lce-${randomUUID()}`;
    image.status = status;
    state.executions.set(lifecycleExecutionId, {
      lifecycleExecutionId,
      resourceArn: image.arn,
      status,
      startedAt: ctx.now,
      ...(input.updateAt === undefined ? {} : { updateAt: input.updateAt }),
    });
    ctx.stats.created("resourceStateUpdates");
    return { status: 200, body: { lifecycleExecutionId, resourceArn: image.arn } };
  },
});
