import { profilingGroupOutput } from "../services/codeguru-profiler/create-profiling-group.js";
import { environmentOutput } from "../services/proton/environment-output.js";
import type { LocalState } from "./local-state.js";

/** A JSON-ready copy of every resource, for the admin route and for debugging. */
export function stateSnapshot(state: LocalState): Record<string, unknown> {
  const wa = state.wellArchitected;
  return {
    wellArchitected: {
      profiles: [...wa.profiles.values()],
      workloads: [...wa.workloads.values()].map((w) => ({
        workloadId: w.workloadId,
        workloadName: w.workloadName,
        owner: w.owner,
        profiles: Object.fromEntries(w.profiles),
        milestones: w.milestones.length,
        shares: [...w.shares.values()],
      })),
    },
    proton: {
      environments: [...state.proton.environments.values()].map(environmentOutput),
      connections: [...state.proton.connections.values()],
    },
    imageBuilder: {
      images: [...state.imageBuilder.images.values()],
      executions: [...state.imageBuilder.executions.values()],
    },
    codeGuruProfiler: { profilingGroups: [...state.codeGuruProfiler.groups.values()].map(profilingGroupOutput) },
  };
}
