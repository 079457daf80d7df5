/**
 * Every `endpointTests` case of the rules engine's own test services (`smithy-rules-engine-tests`),
 * loaded with our loader and compiled by our generator: the case's `params` in, the expected URL,
 * headers and properties (or error) out.
 */
import { beforeAll, describe, test, vi } from "vitest";
import { expectResolution } from "./harness/expect-endpoint.js";
import { rulesEngineTestServices } from "./harness/models.js";
import { compileResolvers, type Resolve } from "./harness/resolvers.js";

vi.mock("@slimsdk/runtime", () => import("../../packages/runtime/src/index.js"));

const services = rulesEngineTestServices();
let resolvers: Map<string, Resolve>;

beforeAll(async () => {
  resolvers = await compileResolvers(services, "rules-engine");
});

for (const s of services) {
  describe(`${s.name} (${s.serviceId})`, () => {
    s.cases.forEach((c, i) => {
      test(`${i + 1}: ${c.documentation ?? "(no documentation)"}`, () => {
        expectResolution(() => resolvers.get(s.serviceId)!(c.params ?? {}), c.expect);
      });
    });
  });
}
