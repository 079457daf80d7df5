/**
 * Generates the clients of the protocol test services with our generator, into the gitignored
 * `test/protocol-compliance/.generated/<Service>/`, and imports them. The generated code imports
 * `@slimsdk/runtime` like any client does.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { generate, type Model, type ServiceShape } from "../../../codegen/src/index.js";
import { repoRoot } from "./shared-models.js";

/** Where the clients are generated. */
export const generatedDir = join(repoRoot, "test", "protocol-compliance", ".generated");

/** A generated client package's exports, by name (client class, commands, error classes). */
export type ClientModule = Readonly<Record<string, unknown>>;

/** The folder name of a service's generated client. */
function folderOf(service: ServiceShape): string {
  return service.id.slice(service.id.indexOf("#") + 1);
}

/** Generates (afresh) the client of every service and imports each package's index. */
export async function generateClients(model: Model, services: readonly ServiceShape[]): Promise<Map<string, ClientModule>> {
  const clients = services.map((s) => ({
    service: s.id,
    package: `@protocol-tests/${folderOf(s).toLowerCase()}`,
    dir: `test/protocol-compliance/.generated/${folderOf(s)}`,
  }));
  for (const c of clients) rmSync(join(repoRoot, c.dir), { recursive: true, force: true });
  for (const file of generate(model, { clients })) {
    const path = join(repoRoot, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  const modules = new Map<string, ClientModule>();
  for (const s of services) {
    const index = pathToFileURL(join(generatedDir, folderOf(s), "src", "index.ts")).href;
    modules.set(s.id, (await import(/* @vite-ignore */ index)) as ClientModule);
  }
  return modules;
}
