/** A profiling group. Timestamps are epoch milliseconds here and formatted on output. */
export interface ProfilingGroup {
  readonly name: string;
  readonly arn: string;
  readonly computePlatform: "AWSLambda" | "Default";
  readonly profilingEnabled: boolean;
  readonly tags: Readonly<Record<string, string>>;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** CodeGuru Profiler in memory: profiling groups by name, with a quota on their number. */
export class CodeGuruProfilerState {
  readonly groups = new Map<string, ProfilingGroup>();

  constructor(readonly quotas: { profilingGroups: number }) {}

  /** Adds (or replaces) a profiling group. */
  addGroup(group: ProfilingGroup): ProfilingGroup {
    this.groups.set(group.name, group);
    return group;
  }
}
