/**
 * The partition table as the published models' `endpointTests` were written against it. Those cases
 * were generated when partitions.json gave `aws-iso` and `aws-iso-b` no dual-stack support (their
 * dual-stack cases expect "DualStack is enabled but this partition does not support DualStack");
 * the newer partitions.json in ../shared, which the runtime's table is written from, supports it.
 * Only those two flags differ; every other value is the runtime's table as committed.
 */
import type { PartitionRow } from "../../../packages/runtime/src/endpoints/rules/partitions-data.js";

/** The partitions whose dual-stack support the models' tests predate. */
export const NO_DUAL_STACK_THEN: readonly string[] = ["aws-iso", "aws-iso-b"];

/** The committed table with `supportsDualStack` false for those partitions. */
export function modelEraPartitions(module: { PARTITIONS: readonly PartitionRow[] }): { PARTITIONS: readonly PartitionRow[] } {
  const PARTITIONS = module.PARTITIONS.map((row): PartitionRow => {
    if (!NO_DUAL_STACK_THEN.includes(row[0])) return row;
    const [id, regex, dnsSuffix, dualStackDnsSuffix, fips, , global, regions] = row;
    return [id, regex, dnsSuffix, dualStackDnsSuffix, fips, false, global, regions];
  });
  return { PARTITIONS };
}

/** Whether a case's outcome depends on that difference: dual-stack in one of those partitions' regions. */
export function dependsOnModelEraData(params: Readonly<Record<string, unknown>>): boolean {
  return params.UseDualStack === true && typeof params.Region === "string" && /^us-isob?-/.test(params.Region);
}
