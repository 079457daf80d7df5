/**
 * Loads the official Smithy protocol test models from `<repoRoot>/../shared/smithy-protocol-tests`
 * with our own loader (they are read in place, never copied into the repository).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { loadModel, type Model } from "../../../codegen/src/index.js";

/** The repository root, found relative to this file. */
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

/** The shared folder holding the protocol test models. */
export const sharedDir = join(repoRoot, "..", "shared", "smithy-protocol-tests");

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? walk(path) : path.endsWith(".smithy") ? [path] : [];
    });
}

let cached: Model | undefined;

/** Every `.smithy` file of the shared folder (but the official prelude: ours is built in), loaded as one model. */
export function loadProtocolTestModel(): Model {
  cached ??= loadModel(
    walk(sharedDir)
      .filter((path) => !path.endsWith("prelude.smithy"))
      .map((path) => ({ name: relative(sharedDir, path), text: readFileSync(path, "utf8") })),
  );
  return cached;
}
