/**
 * The compiled resolvers of every rule set under test, and a whole rule-set client (DynamoDB), are code
 * the repository would commit: they must type-check under the strict compiler options (against the
 * runtime's sources), and what the endpoint emitters write must be formatted and lint-clean as
 * `npm run lint` wants. Written to a temporary folder, since biome.json leaves `.generated` out.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ts from "typescript";
import { afterAll, expect, test } from "vitest";
import { generate } from "../../codegen/src/index.js";
import { loadPublishedModel, publishedRuleSets, repoRoot, rulesEngineTestServices } from "./harness/models.js";
import { writeResolvers } from "./harness/resolvers.js";

const dir = mkdtempSync(join(tmpdir(), "endpoint-resolvers-"));
const paths = [...writeResolvers([...publishedRuleSets(), ...rulesEngineTestServices()], join(dir, "resolvers")).values()];
const client: string[] = [];
for (const file of generate(loadPublishedModel("dynamodb-2012-08-10"), {
  clients: [{ service: "com.amazonaws.dynamodb#DynamoDB_20120810", package: "@x/dynamodb", dir: "dynamodb" }],
})) {
  if (!file.path.endsWith(".ts")) continue;
  mkdirSync(dirname(join(dir, file.path)), { recursive: true });
  writeFileSync(join(dir, file.path), file.content);
  client.push(join(dir, file.path));
}
/** The client files the endpoint emitters write or add to. */
const endpointFiles = ["endpoint/resolve-endpoint.ts", "service.ts", "schemas.ts", "DynamoDBClient.ts"].map((f) =>
  join(dir, "dynamodb/src", f),
);
// ES modules, as in a client package.
writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("every compiled resolver, and the DynamoDB client, type-checks under the strict options", () => {
  const base = ts.readConfigFile(join(repoRoot, "tsconfig.base.json"), ts.sys.readFile).config;
  const { options } = ts.convertCompilerOptionsFromJson(
    {
      ...base.compilerOptions,
      noEmit: true,
      types: ["node"],
      paths: {
        "@slimsdk/runtime": [join(repoRoot, "packages/runtime/src/index.ts")],
        "#platform": [join(repoRoot, "packages/runtime/src/platform/node.ts")],
      },
      typeRoots: [join(repoRoot, "node_modules/@types")],
    },
    repoRoot,
  );
  const program = ts.createProgram([...paths, ...client], options);
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  expect(diagnostics).toEqual([]);
  expect(paths.length).toBe(20);
  expect(client.length).toBeGreaterThan(60);
});

test("every compiled resolver, and the DynamoDB client's endpoint code, is formatted and lint-clean by the repository's biome.json", () => {
  const biome = join(repoRoot, "node_modules", ".bin", "biome");
  const files = [...paths, ...endpointFiles];
  const run = spawnSync(biome, ["check", `--config-path=${join(repoRoot, "biome.json")}`, ...files], { encoding: "utf8" });
  expect(run.stdout + run.stderr).toContain(`Checked ${files.length} files`);
  expect(run.status, run.stdout + run.stderr).toBe(0);
});
