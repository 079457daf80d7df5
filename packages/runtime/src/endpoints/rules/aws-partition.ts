import { PARTITIONS, type PartitionRow } from "./partitions-data.js";

/** What `aws.partition` returns for a region: the facts of its AWS partition. */
export interface Partition {
  readonly name: string;
  readonly dnsSuffix: string;
  readonly dualStackDnsSuffix: string;
  readonly supportsFIPS: boolean;
  readonly supportsDualStack: boolean;
  readonly implicitGlobalRegion?: string | undefined;
}

/**
 * `aws.partition`: the partition that lists the region by name, else the first whose pattern matches
 * it, else `aws` (so it always returns one, as the reference implementation does).
 */
export function awsPartition(region: string): Partition {
  const row: PartitionRow =
    PARTITIONS.find((p) => p[7].includes(region)) ?? PARTITIONS.find((p) => p[1].test(region)) ?? PARTITIONS.find((p) => p[0] === "aws")!;
  return {
    name: row[0],
    dnsSuffix: row[2],
    dualStackDnsSuffix: row[3],
    supportsFIPS: row[4],
    supportsDualStack: row[5],
    implicitGlobalRegion: row[6],
  };
}
