import { CodeGuruProfilerState } from "../services/codeguru-profiler/codeguru-state.js";
import { ImageBuilderState } from "../services/imagebuilder/image-builder-state.js";
import { ProtonState } from "../services/proton/proton-state.js";
import { WellArchitectedState } from "../services/wellarchitected/well-architected-state.js";
import { type SeedIds, seedIds } from "./seed-ids.js";
import { seedState } from "./seed-state.js";

/** Limits that answer ServiceQuotaExceededException when reached. */
export interface Quotas {
  sharesPerWorkload: number;
  milestonesPerWorkload: number;
  profilingGroups: number;
}

/** Quotas used unless told otherwise. */
export const DEFAULT_QUOTAS: Readonly<Quotas> = { sharesPerWorkload: 20, milestonesPerWorkload: 100, profilingGroups: 20 };

/** Everything the four services hold, pre-seeded, with per-service methods to add more. */
export class LocalState {
  readonly wellArchitected: WellArchitectedState;
  readonly proton = new ProtonState();
  readonly imageBuilder = new ImageBuilderState();
  readonly codeGuruProfiler: CodeGuruProfilerState;
  /** The ids of the pre-seeded resources. */
  readonly ids: SeedIds;

  /**
   * @param account the account that owns the seeded resources (the first credential's)
   * @param region the region in seeded ARNs
   * @param seed false for empty services
   */
  constructor(
    readonly quotas: Quotas,
    readonly account: string,
    readonly region: string,
    private readonly seed = true,
  ) {
    this.wellArchitected = new WellArchitectedState(quotas);
    this.codeGuruProfiler = new CodeGuruProfilerState(quotas);
    this.ids = seedIds(account, region);
    this.reset();
  }

  /** Drops every resource and restores the seed. */
  reset(): void {
    this.wellArchitected.workloads.clear();
    this.wellArchitected.profiles.clear();
    this.proton.environments.clear();
    this.proton.templates.clear();
    this.proton.connections.clear();
    this.imageBuilder.images.clear();
    this.imageBuilder.executions.clear();
    this.codeGuruProfiler.groups.clear();
    if (this.seed) seedState(this);
  }
}
