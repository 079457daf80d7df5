/**
 * The endpoint rule sets under test, read in place from `../shared`: the eight published AWS models
 * (their `endpointRuleSet` and `endpointTests` traits read straight from the JSON AST) and the rules
 * engine's own test services (IDL, loaded with our loader and the official `smithy.rules.smithy`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadModel, type Model, ModelErrors, type ModelFile, type ServiceShape } from "../../../codegen/src/index.js";

/** The repository root. */
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const shared = join(repoRoot, "..", "shared");
const reference = join(shared, "smithy-reference");

/** One `endpointTests` case. */
export interface EndpointTestCase {
  readonly documentation?: string;
  readonly params?: Readonly<Record<string, string | boolean | readonly string[]>>;
  readonly expect: {
    readonly error?: string;
    readonly endpoint?: {
      readonly url: string;
      readonly headers?: Readonly<Record<string, readonly string[]>>;
      readonly properties?: Readonly<Record<string, unknown>>;
    };
  };
  readonly operationInputs?: readonly OperationInput[];
}

/** One `operationInputs` entry of a case. */
export interface OperationInput {
  readonly operationName: string;
  readonly operationParams?: Readonly<Record<string, unknown>>;
  readonly builtInParams?: Readonly<Record<string, unknown>>;
  readonly clientParams?: Readonly<Record<string, unknown>>;
}

/** A service with a rule set and its test cases. */
export interface RuleSetUnderTest {
  /** Short name: the model file without its extension. */
  readonly name: string;
  readonly serviceId: string;
  readonly ruleSet: unknown;
  readonly cases: readonly EndpointTestCase[];
}

/** The eight published AWS models (`../shared/aws-models`). */
export function publishedRuleSets(): RuleSetUnderTest[] {
  const dir = join(shared, "aws-models");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const ast = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
        shapes: Record<string, { type: string; traits?: Record<string, any> }>;
      };
      const [serviceId, service] = Object.entries(ast.shapes).find(([, s]) => s.type === "service")!;
      return {
        name: file.replace(/\.json$/, ""),
        serviceId,
        ruleSet: service.traits!["smithy.rules#endpointRuleSet"],
        cases: service.traits!["smithy.rules#endpointTests"].testCases,
      };
    });
}

/** The files of the official trait definitions the test models apply (the loader has no AWS traits built in yet). */
function definitionFiles(): ModelFile[] {
  const paths = [
    join(reference, "smithy-rules-engine/src/main/resources/META-INF/smithy/smithy.rules.smithy"),
    ...["aws.api", "aws.auth", "aws.customizations", "aws.protocols"].map((n) =>
      join(shared, `smithy-protocol-tests/smithy-aws-traits/src/main/resources/META-INF/smithy/${n}.smithy`),
    ),
    join(reference, "smithy-waiters/src/main/resources/META-INF/smithy/waiters.smithy"),
    join(reference, "smithy-aws-iam-traits/src/main/resources/META-INF/smithy/aws.iam.smithy"),
    join(reference, "smithy-aws-endpoints/src/main/resources/META-INF/smithy/aws.endpoints.smithy"),
    join(reference, "smithy-aws-cloudformation-traits/src/main/resources/META-INF/smithy/aws.cloudformation.smithy"),
    join(reference, "smithy-aws-smoke-test-model/src/main/resources/META-INF/smithy/aws.test.smithy"),
    join(reference, "smithy-smoke-test-traits/src/main/resources/META-INF/smithy/smithy.test.smithy"),
  ];
  return paths.map((p) => ({ name: p.slice(shared.length + 1), text: readFileSync(p, "utf8") }));
}

/**
 * Loads model files with our loader; when it cannot resolve their traits on its own, again with the
 * official trait definitions (so this keeps working once the loader knows the AWS traits itself).
 */
export function loadWithDefinitions(files: readonly ModelFile[]): Model {
  try {
    return loadModel(files);
  } catch (e) {
    if (!(e instanceof ModelErrors)) throw e;
    return loadModel([...definitionFiles(), ...files]);
  }
}

/** A rules-engine test service, loaded. */
export interface TestService extends RuleSetUnderTest {
  readonly model: Model;
  readonly service: ServiceShape;
}

const testsDir = join(reference, "smithy-rules-engine-tests/src/main/resources/META-INF/smithy");

/**
 * The rules engine's test services, one model per file (they reuse shape names). `protocol` adds an
 * `apply` of `aws.protocols#awsJson1_0` to each service, so a client can be generated for it.
 */
export function rulesEngineTestServices(protocol = false): TestService[] {
  return readdirSync(testsDir)
    .filter((f) => f.endsWith(".smithy"))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(join(testsDir, file), "utf8");
      const files: ModelFile[] = [{ name: `smithy-rules-engine-tests/${file}`, text }];
      const ids = [...text.matchAll(/^service (\w+)/gm)].map((m) => `smithy.rules.tests#${m[1]}`);
      if (protocol) {
        const applies = ids.map((id) => `apply ${id} @aws.protocols#awsJson1_0`).join("\n");
        files.push({ name: `${file}.protocol.smithy`, text: `$version: "2.0"\nnamespace smithy.rules.tests.harness\n${applies}\n` });
      }
      const model = loadWithDefinitions(files);
      return ids.map((id) => {
        const service = model.shapes.get(id) as ServiceShape;
        const tests = service.traits.get("smithy.rules#endpointTests") as unknown as { testCases: EndpointTestCase[] };
        return {
          name: file.replace(/\.smithy$/, ""),
          serviceId: id,
          ruleSet: service.traits.get("smithy.rules#endpointRuleSet"),
          cases: tests.testCases,
          model,
          service,
        };
      });
    });
}

/** The DynamoDB model, loaded (its test cases have `operationInputs`, run through a generated client). */
export function loadPublishedModel(name: string): Model {
  const file = join(shared, "aws-models", `${name}.json`);
  return loadWithDefinitions([{ name: `aws-models/${name}.json`, text: readFileSync(file, "utf8") }]);
}
