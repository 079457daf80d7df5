import { randomBytes } from "node:crypto";

/** Who a workload is shared with, and how. */
export interface WorkloadShare {
  readonly shareId: string;
  readonly sharedWith: string;
  readonly permissionType: "READONLY" | "CONTRIBUTOR";
  status: "PENDING" | "ACCEPTED";
}

/** A workload and what is attached to it. */
export interface Workload {
  readonly workloadId: string;
  readonly workloadName: string;
  /** Owning account. */
  readonly owner: string;
  /** Profile ARN → the profile version the workload uses. */
  readonly profiles: Map<string, string>;
  readonly milestones: string[];
  readonly shares: Map<string, WorkloadShare>;
}

/** A review profile and its latest version. */
export interface Profile {
  readonly arn: string;
  readonly name: string;
  version: string;
}

/** Limits whose breach answers ServiceQuotaExceededException. */
export interface WellArchitectedQuotas {
  sharesPerWorkload: number;
  milestonesPerWorkload: number;
}

/** Well-Architected in memory: workloads, profiles and shares, with methods to add more. */
export class WellArchitectedState {
  readonly workloads = new Map<string, Workload>();
  readonly profiles = new Map<string, Profile>();

  constructor(readonly quotas: WellArchitectedQuotas) {}

  /** Adds (or replaces) a profile; the ARN must follow the service's profile ARN pattern for upgrades to validate. */
  addProfile(init: { arn: string; name: string; version: string }): Profile {
    const profile: Profile = { ...init };
    this.profiles.set(profile.arn, profile);
    return profile;
  }

  /** Adds (or replaces) a workload; a random 32-hex id is made when none is given. */
  addWorkload(init: {
    workloadId?: string;
    workloadName: string;
    owner: string;
    profiles?: Readonly<Record<string, string>>;
    milestones?: readonly string[];
  }): Workload {
    const workload: Workload = {
      workloadId: init.workloadId ?? newId(),
      workloadName: init.workloadName,
      owner: init.owner,
      profiles: new Map(Object.entries(init.profiles ?? {})),
      milestones: [...(init.milestones ?? [])],
      shares: new Map(),
    };
    this.workloads.set(workload.workloadId, workload);
    return workload;
  }

  /** Adds a share to a workload (throws if the workload does not exist). */
  addShare(
    workloadId: string,
    init: { sharedWith: string; permissionType: WorkloadShare["permissionType"]; status?: WorkloadShare["status"] },
  ): WorkloadShare {
    const workload = this.workloads.get(workloadId);
    if (workload === undefined) throw new Error(`no workload ${workloadId}`);
    const share: WorkloadShare = { shareId: newId(), status: "PENDING", ...init };
    workload.shares.set(share.shareId, share);
    return share;
  }

  /** The share of a workload with an account or principal, if any. */
  shareWith(workload: Workload, principal: string): WorkloadShare | undefined {
    return [...workload.shares.values()].find((s) => s.sharedWith === principal);
  }
}

/** A new 32-hex-digit id, as workload and share ids look. */
export function newId(): string {
  return randomBytes(16).toString("hex");
}
