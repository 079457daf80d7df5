/**
 * Loads the official Smithy protocol test models from `<repoRoot>/../shared/smithy-protocol-tests` and the
 * awsJson1_1 ones from `<repoRoot>/../shared/smithy-reference` with our own loader (they are read in place,
 * never copied into the repository).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { loadModel, type Model } from "../../../codegen/src/index.js";

/** The repository root, found relative to this file. */
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

/** The shared folder holding the protocol test models (restJson1, awsJson1_0) and the trait definitions they use. */
export const sharedDir = join(repoRoot, "..", "shared", "smithy-protocol-tests");

/** The awsJson1_1 test models, kept apart from `sharedDir`; they use its shared shapes and trait definitions. */
export const awsJson11Dir = join(repoRoot, "..", "shared", "smithy-reference", "smithy-aws-protocol-tests", "model", "awsJson1_1");

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? walk(path) : path.endsWith(".smithy") ? [path] : [];
    });
}

let cached: Model | undefined;

/**
 * Every `.smithy` file of the shared folder (but the official prelude: ours is built in) and of the awsJson1_1
 * folder, loaded as one model. Files are named relative to `sharedDir` (the awsJson1_1 ones start with `../`).
 */
export function loadProtocolTestModel(): Model {
  const paths = [...walk(sharedDir).filter((path) => !path.endsWith("prelude.smithy")), ...walk(awsJson11Dir)];
  cached ??= loadModel(paths.map((path) => ({ name: relative(sharedDir, path), text: readFileSync(path, "utf8") })));
  return cached;
}
