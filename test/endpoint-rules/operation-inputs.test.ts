/**
 * The `operationInputs` of the endpoint test cases (DynamoDB's 145 cases, and those of the rules
 * engine's test services), each sent through a client our generator makes from the model: built-ins
 * and client parameters as client options, operation parameters as the command's input. The request
 * the client signs must go to the expected URL with the expected headers and signing scope, or the
 * call must fail with the expected error before anything is sent.
 */
import { beforeAll, describe, test, vi } from "vitest";
import { type GeneratedClient, generateClient, runOperationInput } from "./harness/clients.js";
import { loadPublishedModel, rulesEngineTestServices } from "./harness/models.js";

vi.mock("@slimsdk/runtime", () => import("../../packages/runtime/src/index.js"));

const dynamodb = loadPublishedModel("dynamodb-2012-08-10");
const services = [
  { name: "dynamodb-2012-08-10", model: dynamodb, serviceId: "com.amazonaws.dynamodb#DynamoDB_20120810" },
  ...rulesEngineTestServices(true).map((s) => ({ name: s.name, model: s.model, serviceId: s.serviceId })),
];
const clients = new Map<string, GeneratedClient>();

beforeAll(async () => {
  for (const s of services) {
    const cases = (
      s.model.shapes.get(s.serviceId)!.traits.get("smithy.rules#endpointTests") as { testCases: { operationInputs?: unknown[] }[] }
    ).testCases;
    if (cases.some((c) => c.operationInputs)) clients.set(s.serviceId, await generateClient(s.model, s.serviceId, s.name));
  }
});

for (const s of services) {
  const tests = s.model.shapes.get(s.serviceId)!.traits.get("smithy.rules#endpointTests") as unknown as {
    testCases: import("./harness/models.js").EndpointTestCase[];
  };
  const cases = tests.testCases.map((c, i) => ({ c, i })).filter(({ c }) => c.operationInputs?.length);
  if (cases.length === 0) continue;
  describe(`${s.name} (${s.serviceId})`, () => {
    for (const { c, i } of cases) {
      c.operationInputs!.forEach((input, j) => {
        test(`${i + 1}.${j + 1}: ${input.operationName}: ${c.documentation ?? "(no documentation)"}`, () =>
          runOperationInput(clients.get(s.serviceId)!, c, input));
      });
    }
  });
}
