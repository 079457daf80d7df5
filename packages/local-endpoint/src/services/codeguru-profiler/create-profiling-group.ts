import { ServiceError } from "../../protocol/service-error.js";
import { bool, map, required, str, struct } from "../../validation/shape.js";
import { defineOperation, type Operation } from "../operation.js";
import { formatTimestamp } from "../timestamps.js";
import type { ProfilingGroup } from "./codeguru-state.js";
import { CODEGURU_TIMESTAMP_FORMAT, codeGuruProfiler } from "./service.js";

interface CreateProfilingGroupInput {
  readonly clientToken: string;
  readonly profilingGroupName: string;
  readonly computePlatform?: ProfilingGroup["computePlatform"];
  readonly agentOrchestrationConfig?: { readonly profilingEnabled: boolean };
  readonly tags?: Readonly<Record<string, string>>;
}

/** The `ProfilingGroupDescription` structure as the service returns it. */
export function profilingGroupOutput(group: ProfilingGroup): Record<string, unknown> {
  return {
    agentOrchestrationConfig: { profilingEnabled: group.profilingEnabled },
    arn: group.arn,
    computePlatform: group.computePlatform,
    createdAt: formatTimestamp(group.createdAt, CODEGURU_TIMESTAMP_FORMAT),
    name: group.name,
    // A new group has no agent activity yet, so its status has no members.
    profilingStatus: {},
    tags: { ...group.tags },
    updatedAt: formatTimestamp(group.updatedAt, CODEGURU_TIMESTAMP_FORMAT),
  };
}

/** POST /profilingGroups?clientToken=...: creates a profiling group (201). */
export const createProfilingGroup: Operation = defineOperation<CreateProfilingGroupInput>({
  name: "CreateProfilingGroup",
  service: codeGuruProfiler,
  http: { method: "POST", path: "/profilingGroups", query: { clientToken: "clientToken" }, status: 201 },
  input: struct({
    clientToken: required(str({ min: 1, max: 64, pattern: "^[\\w-]+$" })),
    profilingGroupName: required(str({ min: 1, max: 255, pattern: "^[\\w-]+$" })),
    computePlatform: str({ enum: ["AWSLambda", "Default"] }),
    agentOrchestrationConfig: struct({ profilingEnabled: required(bool()) }),
    tags: map(str(), str()),
  }),
  idempotencyToken: "clientToken",
  idempotencyMismatch: () =>
    new ServiceError("ConflictException", 409, "The clientToken was already used to create a profiling group with different parameters."),
  run(input, ctx) {
    const state = ctx.state.codeGuruProfiler;
    if (state.groups.has(input.profilingGroupName)) {
      throw new ServiceError("ConflictException", 409, `A profiling group named ${input.profilingGroupName} already exists.`);
    }
    if (state.groups.size >= state.quotas.profilingGroups) {
      throw new ServiceError(
        "ServiceQuotaExceededException",
        402,
        `You have reached the quota of ${state.quotas.profilingGroups} profiling groups. Delete some or request a quota increase.`,
      );
    }
    const group = state.addGroup({
      name: input.profilingGroupName,
      arn: `arn:aws:codeguru-profiler:${ctx.region}:${ctx.account}:profilingGroup/${input.profilingGroupName}`,
      computePlatform: input.computePlatform ?? "Default",
      profilingEnabled: input.agentOrchestrationConfig?.profilingEnabled ?? true,
      tags: input.tags ?? {},
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    ctx.stats.created("profilingGroups");
    // The real model binds `profilingGroup` with @httpPayload: the body is the description itself.
    return { status: 201, body: profilingGroupOutput(group) };
  },
});
