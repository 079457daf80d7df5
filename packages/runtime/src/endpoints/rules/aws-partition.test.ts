import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { awsPartition } from "./aws-partition.js";

const json = JSON.parse(
  readFileSync(
    new URL(
      "../../../../../../shared/smithy-reference/smithy-aws-endpoints/src/main/resources/software/amazon/smithy/rulesengine/aws/language/functions/partition/partitions.json",
      import.meta.url,
    ),
    "utf8",
  ),
);

it("places every region partitions.json lists in that partition, as the table resolves it", () => {
  let checked = 0;
  for (const p of json.partitions) {
    for (const region of Object.keys(p.regions ?? {})) {
      expect(awsPartition(region), region).toEqual({
        name: p.id,
        dnsSuffix: p.outputs.dnsSuffix,
        dualStackDnsSuffix: p.outputs.dualStackDnsSuffix,
        supportsFIPS: p.outputs.supportsFIPS,
        supportsDualStack: p.outputs.supportsDualStack,
        implicitGlobalRegion: p.outputs.implicitGlobalRegion,
      });
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(40);
});
