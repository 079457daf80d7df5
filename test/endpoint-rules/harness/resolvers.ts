/**
 * Compiles rule sets with the generator's compiler into the gitignored `.generated/resolvers/`, then
 * imports the modules (they import `@slimsdk/runtime`, which the test files map to its source).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { emitEndpointResolver } from "../../../codegen/src/emit/endpoint-resolver.js";
import type { EndpointParams, RuleEndpoint } from "../../../packages/runtime/src/index.js";
import { type RuleSetUnderTest, repoRoot } from "./models.js";

/** Where the compiled resolvers are written (one folder per test file: they run in parallel). */
export const resolversDir = join(repoRoot, "test", "endpoint-rules", ".generated", "resolvers");

/** A compiled rule set. */
export type Resolve = (params: EndpointParams) => RuleEndpoint;

/** The file name of a rule set's compiled module. */
export function resolverFile(r: RuleSetUnderTest): string {
  return `${r.name}-${r.serviceId.slice(r.serviceId.indexOf("#") + 1)}.ts`;
}

/** Writes the compiled module of every rule set into `dir`; returns the paths, by service id. */
export function writeResolvers(ruleSets: readonly RuleSetUnderTest[], dir: string): Map<string, string> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paths = new Map<string, string>();
  for (const r of ruleSets) {
    const file = emitEndpointResolver(r.ruleSet, { path: resolverFile(r), prefix: "Test", serviceId: r.serviceId });
    const path = join(dir, resolverFile(r));
    writeFileSync(path, file.content);
    paths.set(r.serviceId, path);
  }
  return paths;
}

/** Compiles and imports every rule set (into `resolversDir/<folder>`); by service id. */
export async function compileResolvers(ruleSets: readonly RuleSetUnderTest[], folder: string): Promise<Map<string, Resolve>> {
  const out = new Map<string, Resolve>();
  for (const [serviceId, path] of writeResolvers(ruleSets, join(resolversDir, folder))) {
    const module = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as { resolveEndpoint: Resolve };
    out.set(serviceId, module.resolveEndpoint);
  }
  return out;
}
