import type { LocalState } from "./local-state.js";
import { OTHER_ACCOUNT_ID, SEED_TIME } from "./seed-ids.js";

/** Fills the services with the resources named by `state.ids`. */
export function seedState(state: LocalState): void {
  const { account, region, ids, quotas } = state;
  const wa = state.wellArchitected;
  const w = ids.wellArchitected;
  wa.addProfile({ arn: w.profileArn, name: "security-baseline", version: "3" });
  wa.addProfile({ arn: w.otherProfileArn, name: "cost-review", version: "2" });
  wa.addWorkload({
    workloadId: w.workloadId,
    workloadName: "payments-api",
    owner: account,
    profiles: { [w.profileArn]: "1", [w.otherProfileArn]: "2" },
  });
  wa.addWorkload({ workloadId: w.sharedWorkloadId, workloadName: "search-service", owner: account, profiles: { [w.profileArn]: "2" } });
  wa.addShare(w.sharedWorkloadId, { sharedWith: OTHER_ACCOUNT_ID, permissionType: "READONLY", status: "ACCEPTED" });
  wa.addWorkload({
    workloadId: w.readOnlyWorkloadId,
    workloadName: "partner-platform",
    owner: OTHER_ACCOUNT_ID,
    profiles: { [w.profileArn]: "1" },
  });
  wa.addShare(w.readOnlyWorkloadId, { sharedWith: account, permissionType: "READONLY", status: "ACCEPTED" });
  const milestones = Array.from({ length: quotas.milestonesPerWorkload }, (_, i) => `milestone-${i + 1}`);
  wa.addWorkload({
    workloadId: w.fullWorkloadId,
    workloadName: "full-house",
    owner: account,
    profiles: { [w.profileArn]: "1" },
    milestones,
  });
  for (let i = 0; i < quotas.sharesPerWorkload; i++) {
    wa.addShare(w.fullWorkloadId, { sharedWith: String(900000000000 + i), permissionType: "READONLY" });
  }

  const p = ids.proton;
  const proton = state.proton;
  proton.addTemplate(p.templateName, { "1": ["0", "1", "2"], "2": ["0", "1"] });
  proton.addConnection({ id: p.connectionId, environmentAccountId: OTHER_ACCOUNT_ID, environmentName: p.staging });
  proton.addConnection({ id: p.otherConnectionId, environmentAccountId: OTHER_ACCOUNT_ID, environmentName: p.staging });
  proton.addConnection({ id: p.foreignConnectionId, environmentAccountId: "333333333333", environmentName: p.staging });
  const env = (name: string, major: string, minor: string) => ({
    name,
    arn: `arn:aws:proton:${region}:${account}:environment/${name}`,
    templateName: p.templateName,
    templateMajorVersion: major,
    templateMinorVersion: minor,
    deploymentStatus: "SUCCEEDED" as const,
    spec: "proton: EnvironmentSpec\nspec:\n  vpc_cidr: 10.0.0.0/16\n",
    createdAt: SEED_TIME,
    lastDeploymentAttemptedAt: SEED_TIME,
    lastDeploymentSucceededAt: SEED_TIME,
  });
  proton.addEnvironment({ ...env(p.dev, "1", "0"), protonServiceRoleArn: `arn:aws:iam::${account}:role/ProtonServiceRole` });
  proton.addEnvironment({
    ...env(p.staging, "1", "2"),
    environmentAccountConnectionId: p.connectionId,
    environmentAccountId: OTHER_ACCOUNT_ID,
  });
  proton.addEnvironment({
    ...env(p.selfManaged, "2", "0"),
    provisioning: "CUSTOMER_MANAGED",
    provisioningRepository: {
      arn: `arn:aws:proton:${region}:${account}:repository/github:example-org/infrastructure`,
      branch: "main",
      name: "example-org/infrastructure",
      provider: "GITHUB",
    },
  });
  proton.addEnvironment({
    ...env(p.busy, "1", "1"),
    protonServiceRoleArn: `arn:aws:iam::${account}:role/ProtonServiceRole`,
    deploymentStatus: "IN_PROGRESS",
  });

  const i = ids.imageBuilder;
  const ib = state.imageBuilder;
  ib.addImage({ arn: i.available });
  ib.addImage({ arn: i.deprecated, status: "DEPRECATED" });
  ib.addImage({ arn: i.busy, busy: true });
  ib.addImage({ arn: i.deleted, status: "DELETED" });
  ib.addImage({ arn: i.amazonManaged });
  ib.addImage({ arn: i.otherAccount });

  state.codeGuruProfiler.addGroup({
    name: ids.codeGuruProfiler.existingGroup,
    arn: `arn:aws:codeguru-profiler:${region}:${account}:profilingGroup/${ids.codeGuruProfiler.existingGroup}`,
    computePlatform: "Default",
    profilingEnabled: true,
    tags: {},
    createdAt: SEED_TIME,
    updatedAt: SEED_TIME,
  });
}
