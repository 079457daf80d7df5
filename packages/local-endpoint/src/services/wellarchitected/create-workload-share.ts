import { ServiceError } from "../../protocol/service-error.js";
import { required, str, struct } from "../../validation/shape.js";
import { defineOperation, type Operation } from "../operation.js";
import { waAccessDenied, waConflict, waQuotaExceeded, waValidation, wellArchitected } from "./service.js";
import { CLIENT_REQUEST_TOKEN, WORKLOAD_ID } from "./upgrade-profile-version.js";
import type { WorkloadShare } from "./well-architected-state.js";
import { visibleWorkload } from "./workload-access.js";

interface CreateWorkloadShareInput {
  readonly WorkloadId: string;
  readonly ClientRequestToken: string;
  readonly PermissionType: WorkloadShare["permissionType"];
  readonly SharedWith: string;
}

// An account id, an IAM user or role ARN, or an organization / organizational unit ARN.
const PRINCIPAL = /^(\d{12}|arn:aws[-a-z]*:iam::\d{12}:(user|role)\/.+|arn:aws[-a-z]*:organizations::\d{12}:(organization|ou)\/.+)$/;

/** POST /workloads/{WorkloadId}/shares: shares a workload with an account or principal. */
export const createWorkloadShare: Operation = defineOperation<CreateWorkloadShareInput>({
  name: "CreateWorkloadShare",
  service: wellArchitected,
  http: { method: "POST", path: "/workloads/{WorkloadId}/shares", status: 200 },
  input: struct({
    WorkloadId: required(WORKLOAD_ID),
    ClientRequestToken: required(CLIENT_REQUEST_TOKEN),
    PermissionType: required(str({ enum: ["READONLY", "CONTRIBUTOR"] })),
    SharedWith: required(str({ min: 12, max: 2048 })),
  }),
  idempotencyToken: "ClientRequestToken",
  idempotencyMismatch: () =>
    new ServiceError("ConflictException", 409, "The ClientRequestToken was already used with different parameters.", {
      ResourceType: "CLIENT_REQUEST_TOKEN",
    }),
  run(input, ctx) {
    const wa = ctx.state.wellArchitected;
    const { workload, role } = visibleWorkload(input.WorkloadId, ctx);
    if (role !== "owner") {
      throw waAccessDenied(
        `User does not have sufficient access to perform this action: only the owner can share workload ${workload.workloadId}.`,
      );
    }
    if (!PRINCIPAL.test(input.SharedWith)) {
      const field = {
        path: "SharedWith",
        constraint: "Must be an account ID, an IAM user or role ARN, or an organization or OU ARN",
        value: "",
      };
      throw waValidation(`SharedWith ${input.SharedWith} is not an account ID or a supported ARN.`, [field]);
    }
    if (input.SharedWith === workload.owner) {
      const field = { path: "SharedWith", constraint: "Cannot share a workload with its owner", value: "" };
      throw waValidation("You can't share a workload with its owner account.", [field]);
    }
    const existing = wa.shareWith(workload, input.SharedWith);
    if (existing !== undefined) {
      throw waConflict("WORKLOAD_SHARE", existing.shareId, `Workload ${workload.workloadId} is already shared with ${input.SharedWith}.`);
    }
    if (workload.shares.size >= wa.quotas.sharesPerWorkload) {
      throw waQuotaExceeded(
        "WORKLOAD_SHARE",
        workload.workloadId,
        "L-LOCAL-SHARES",
        `Workload ${workload.workloadId} has reached its quota of ${wa.quotas.sharesPerWorkload} shares.`,
      );
    }
    const share = wa.addShare(workload.workloadId, { sharedWith: input.SharedWith, permissionType: input.PermissionType });
    ctx.stats.created("workloadShares");
    return { status: 200, body: { ShareId: share.shareId, WorkloadId: workload.workloadId } };
  },
});
