/** A second account: it owns a workload shared read-only with the caller, and an image the caller may not change. */
export const OTHER_ACCOUNT_ID = "210987654321";

/** When the pre-seeded resources were "created" (fixed, so outputs are reproducible). */
export const SEED_TIME = Date.UTC(2024, 0, 15, 10, 0, 0);

/** The ids of the pre-seeded resources for the caller's account and the seed region; each one exists to reach a case. */
export function seedIds(account: string, region: string) {
  const image = (owner: string, name: string, version: string) => `arn:aws:imagebuilder:${region}:${owner}:image/${name}/${version}`;
  return {
    wellArchitected: {
      /** Latest version "3". */
      profileArn: `arn:aws:wellarchitected:${region}:${account}:profile/0123456789abcdef0123456789abcdef`,
      /** Latest version "2". */
      otherProfileArn: `arn:aws:wellarchitected:${region}:${account}:profile/fedcba9876543210fedcba9876543210`,
      /** Owned; uses profileArn at "1" (upgradable) and otherProfileArn at "2" (already latest: ConflictException). */
      workloadId: "11111111111111111111111111111111",
      /** Owned; already shared with OTHER_ACCOUNT_ID (sharing again: ConflictException). */
      sharedWorkloadId: "22222222222222222222222222222222",
      /** Owned by OTHER_ACCOUNT_ID, shared READONLY with the caller (AccessDeniedException). */
      readOnlyWorkloadId: "33333333333333333333333333333333",
      /** Owned; its shares and milestones are at quota (ServiceQuotaExceededException). */
      fullWorkloadId: "44444444444444444444444444444444",
    },
    proton: {
      templateName: "fargate-env",
      /** AWS-managed, template 1.0, service role in the caller's account. */
      dev: "dev",
      /** Uses an environment account connection to OTHER_ACCOUNT_ID. */
      staging: "staging",
      /** Self-managed provisioning with a linked repository. */
      selfManaged: "self-managed",
      /** Deployment IN_PROGRESS (ConflictException). */
      busy: "busy",
      /** The connection staging uses, and another one in the same environment account. */
      connectionId: "a1b2c3d4-0000-4000-8000-000000000001",
      otherConnectionId: "a1b2c3d4-0000-4000-8000-000000000002",
      /** A connection in a third account (switching staging to it: ValidationException). */
      foreignConnectionId: "a1b2c3d4-0000-4000-8000-000000000003",
    },
    imageBuilder: {
      available: image(account, "web-server", "1.0.0/1"),
      deprecated: image(account, "web-server", "1.1.0/1"),
      /** A lifecycle execution is running on it (ResourceInUseException). */
      busy: image(account, "batch-worker", "2.0.0/1"),
      /** DELETED (ClientException). */
      deleted: image(account, "legacy-app", "1.0.0/1"),
      /** Amazon-managed (ForbiddenException). */
      amazonManaged: image("aws", "amazon-linux-2-x86", "2024.1.0/1"),
      /** Owned by OTHER_ACCOUNT_ID (ForbiddenException). */
      otherAccount: image(OTHER_ACCOUNT_ID, "shared-base", "1.0.0/1"),
    },
    codeGuruProfiler: {
      /** Exists already (creating it again: ConflictException). */
      existingGroup: "existing-group",
    },
  };
}

/** The shape of {@link seedIds}' result. */
export type SeedIds = ReturnType<typeof seedIds>;
