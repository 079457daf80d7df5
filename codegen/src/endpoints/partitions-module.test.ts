import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { partitionsModule } from "./partitions-module.js";

const root = new URL("../../../", import.meta.url);
const json = JSON.parse(
  readFileSync(
    new URL(
      "../shared/smithy-reference/smithy-aws-endpoints/src/main/resources/software/amazon/smithy/rulesengine/aws/language/functions/partition/partitions.json",
      root,
    ),
    "utf8",
  ),
);
const committed = new URL("packages/runtime/src/endpoints/rules/partitions-data.ts", root);

describe("partitions module", () => {
  it("is what scripts/write-partitions.mjs writes from partitions.json (run it after a data update)", () => {
    expect(readFileSync(committed, "utf8")).toBe(partitionsModule(json));
  });

  it("refuses data without the default partition or with a malformed entry", () => {
    expect(() => partitionsModule({ partitions: [] })).toThrow('partitions.json has no "aws" partition, the default.');
    expect(() => partitionsModule({ partitions: [{ id: "aws", regionRegex: "^x$", outputs: {} }] })).toThrow(
      "partitions.json: partitions[0].outputs.dnsSuffix is missing or of the wrong type.",
    );
  });
});
