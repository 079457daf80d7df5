/**
 * Every `endpointTests` case of the eight published AWS models, run against their rule sets compiled
 * by our generator: the case's `params` in, the expected URL, headers and properties (or error) out.
 */
import { beforeAll, describe, expect, test, vi } from "vitest";
import type * as PartitionData from "../../packages/runtime/src/endpoints/rules/partitions-data.js";
import { expectResolution } from "./harness/expect-endpoint.js";
import { dependsOnModelEraData, NO_DUAL_STACK_THEN } from "./harness/model-era-partitions.js";
import { publishedRuleSets } from "./harness/models.js";
import { compileResolvers, type Resolve } from "./harness/resolvers.js";

// The compiled modules import the runtime by its package name; the tests run it from source.
vi.mock("@slimsdk/runtime", () => import("../../packages/runtime/src/index.js"));
// The models' cases predate the dual-stack support partitions.json now gives aws-iso and aws-iso-b
// (see harness/model-era-partitions.ts): they run against the table with those two flags as then.
vi.mock("../../packages/runtime/src/endpoints/rules/partitions-data.js", async (original) =>
  (await import("./harness/model-era-partitions.js")).modelEraPartitions(await original()),
);

const ruleSets = publishedRuleSets();
let resolvers: Map<string, Resolve>;

beforeAll(async () => {
  resolvers = await compileResolvers(ruleSets, "aws-models");
});

for (const r of ruleSets) {
  describe(r.name, () => {
    r.cases.forEach((c, i) => {
      const note = dependsOnModelEraData(c.params ?? {}) ? " [model-era partition data]" : "";
      test(`${i + 1}: ${c.documentation ?? "(no documentation)"}${note}`, () => {
        expectResolution(() => resolvers.get(r.serviceId)!(c.params ?? {}), c.expect);
      });
    });
  });
}

test("the model-era table differs from the committed one only where the models' tests need it", async () => {
  const actual = await vi.importActual<typeof PartitionData>("../../packages/runtime/src/endpoints/rules/partitions-data.js");
  const mocked = await import("../../packages/runtime/src/endpoints/rules/partitions-data.js");
  const differing = actual.PARTITIONS.filter((row, i) => JSON.stringify(row) !== JSON.stringify(mocked.PARTITIONS[i])).map((row) => row[0]);
  expect(differing).toEqual(NO_DUAL_STACK_THEN);
  // Those partitions do support dual-stack now, so the override is still needed.
  for (const row of actual.PARTITIONS) if (NO_DUAL_STACK_THEN.includes(row[0])) expect(row[5]).toBe(true);
  expect(ruleSets.flatMap((r) => r.cases).filter((c) => dependsOnModelEraData(c.params ?? {}))).toHaveLength(38);
});
