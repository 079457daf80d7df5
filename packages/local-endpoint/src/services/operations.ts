import { createProfilingGroup } from "./codeguru-profiler/create-profiling-group.js";
import { startResourceStateUpdate } from "./imagebuilder/start-resource-state-update.js";
import type { Operation } from "./operation.js";
import { updateEnvironment } from "./proton/update-environment.js";
import { createWorkloadShare } from "./wellarchitected/create-workload-share.js";
import { upgradeProfileVersion } from "./wellarchitected/upgrade-profile-version.js";

/** Every operation the endpoint serves. */
export const OPERATIONS: readonly Operation[] = [
  upgradeProfileVersion,
  createWorkloadShare,
  updateEnvironment,
  startResourceStateUpdate,
  createProfilingGroup,
];
