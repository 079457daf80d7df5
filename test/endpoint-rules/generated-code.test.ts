/**
 * The compiled resolvers of every rule set under test are code the repository would commit: they must
 * type-check under the strict compiler options (against the runtime's sources) and be formatted and
 * lint-clean as `npm run lint` wants. Written to a temporary folder, since biome.json leaves `.generated` out.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, expect, test } from "vitest";
import { publishedRuleSets, repoRoot, rulesEngineTestServices } from "./harness/models.js";
import { writeResolvers } from "./harness/resolvers.js";

const dir = mkdtempSync(join(tmpdir(), "endpoint-resolvers-"));
const paths = [...writeResolvers([...publishedRuleSets(), ...rulesEngineTestServices()], dir).values()];
// ES modules, as in a client package.
writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("every compiled resolver type-checks under the strict options", () => {
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
  const program = ts.createProgram(paths, options);
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  expect(diagnostics).toEqual([]);
  expect(paths.length).toBe(20);
});

test("every compiled resolver is formatted and lint-clean by the repository's biome.json", () => {
  const biome = join(repoRoot, "node_modules", ".bin", "biome");
  const run = spawnSync(biome, ["check", `--config-path=${join(repoRoot, "biome.json")}`, ...paths], { encoding: "utf8" });
  expect(run.stdout + run.stderr).toContain(`Checked ${paths.length} files`);
  expect(run.status, run.stdout + run.stderr).toBe(0);
});
