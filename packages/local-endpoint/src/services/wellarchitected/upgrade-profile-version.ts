import { ServiceError } from "../../protocol/service-error.js";
import { required, str, struct } from "../../validation/shape.js";
import { defineOperation, type Operation } from "../operation.js";
import { waAccessDenied, waConflict, waNotFound, waQuotaExceeded, wellArchitected } from "./service.js";
import { visibleWorkload } from "./workload-access.js";

interface UpgradeProfileVersionInput {
  readonly WorkloadId: string;
  readonly ProfileArn: string;
  readonly ClientRequestToken?: string;
  readonly MilestoneName?: string;
}

/** Constraints shared by both Well-Architected operations. */
export const WORKLOAD_ID = str({ min: 32, max: 32, pattern: "^[0-9a-f]{32}$" });
/** The client token shape of Well-Architected (1..2048 characters). */
export const CLIENT_REQUEST_TOKEN = str({ min: 1, max: 2048 });

/** PUT /workloads/{WorkloadId}/profiles/{ProfileArn}/upgrade: moves the workload to the profile's latest version. */
export const upgradeProfileVersion: Operation = defineOperation<UpgradeProfileVersionInput>({
  name: "UpgradeProfileVersion",
  service: wellArchitected,
  http: { method: "PUT", path: "/workloads/{WorkloadId}/profiles/{ProfileArn}/upgrade", status: 200 },
  input: struct({
    WorkloadId: required(WORKLOAD_ID),
    ProfileArn: required(
      str({ max: 2084, pattern: "^arn:aws[-a-z]*:wellarchitected:[a-z]{2}(-gov)?-[a-z]+-\\d:\\d{12}:profile/[a-z0-9]+$" }),
    ),
    ClientRequestToken: CLIENT_REQUEST_TOKEN,
    MilestoneName: str({ min: 3, max: 100 }),
  }),
  idempotencyToken: "ClientRequestToken",
  idempotencyMismatch: () =>
    new ServiceError("ConflictException", 409, "The ClientRequestToken was already used with different parameters.", {
      ResourceType: "CLIENT_REQUEST_TOKEN",
    }),
  run(input, ctx) {
    const wa = ctx.state.wellArchitected;
    const { workload, role } = visibleWorkload(input.WorkloadId, ctx);
    if (role === "READONLY") {
      throw waAccessDenied(
        `User does not have sufficient access to perform this action: workload ${workload.workloadId} is shared read-only.`,
      );
    }
    const profile = wa.profiles.get(input.ProfileArn);
    if (profile === undefined) throw waNotFound("PROFILE", input.ProfileArn, `No profile with ARN ${input.ProfileArn} found.`);
    const current = workload.profiles.get(profile.arn);
    if (current === undefined) {
      throw waNotFound("PROFILE", profile.arn, `Profile ${profile.arn} is not associated with workload ${workload.workloadId}.`);
    }
    if (current === profile.version) {
      throw waConflict(
        "PROFILE",
        profile.arn,
        `Workload ${workload.workloadId} already uses the latest version (${current}) of profile ${profile.arn}.`,
      );
    }
    const milestone = input.MilestoneName;
    if (milestone !== undefined) {
      if (workload.milestones.includes(milestone)) {
        throw waConflict("MILESTONE", milestone, `A milestone named ${milestone} already exists in workload ${workload.workloadId}.`);
      }
      if (workload.milestones.length >= wa.quotas.milestonesPerWorkload) {
        throw waQuotaExceeded(
          "MILESTONE",
          workload.workloadId,
          "L-LOCAL-MILESTONES",
          `Workload ${workload.workloadId} has reached its quota of ${wa.quotas.milestonesPerWorkload} milestones.`,
        );
      }
      workload.milestones.push(milestone);
    }
    workload.profiles.set(profile.arn, profile.version);
    ctx.stats.created("profileUpgrades");
    return { status: 200 };
  },
});
