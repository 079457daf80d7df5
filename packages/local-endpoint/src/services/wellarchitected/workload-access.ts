import type { OperationContext } from "../operation.js";
import { waNotFound } from "./service.js";
import type { Workload } from "./well-architected-state.js";

/** How the caller relates to a workload. */
export type WorkloadRole = "owner" | "CONTRIBUTOR" | "READONLY";

/**
 * Finds a workload the caller can see: its own, or one shared with its account. Others answer ResourceNotFound, as
 * the service does not reveal workloads of other accounts.
 */
export function visibleWorkload(workloadId: string, ctx: OperationContext): { workload: Workload; role: WorkloadRole } {
  const workload = ctx.state.wellArchitected.workloads.get(workloadId);
  if (workload !== undefined) {
    if (workload.owner === ctx.account) return { workload, role: "owner" };
    const share = ctx.state.wellArchitected.shareWith(workload, ctx.account);
    if (share !== undefined) return { workload, role: share.permissionType };
  }
  throw waNotFound("WORKLOAD", workloadId, `No workload with id ${workloadId} found.`);
}
