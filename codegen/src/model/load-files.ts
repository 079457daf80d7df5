/**
 * The Node side of model loading: reads files and directories (recursively, `*.smithy` and
 * `*.json`) and hands their text to the pure loader. File names are made relative to the
 * working directory so that errors print as `model/proton/main.smithy:12:7`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { type LoadOptions, loadModel, type ModelFile } from "./load-model.js";
import type { Model } from "./shape.js";

/** Loads every model file under the given files and directories; throws ModelErrors on any error. */
export function loadModelFromPaths(paths: readonly string[], options: LoadOptions = {}): Model {
  return loadModel(readModelFiles(paths), options);
}

/** Reads the model files under `paths` (directories walked in name order); names are relative to the working directory. */
export function readModelFiles(paths: readonly string[]): ModelFile[] {
  const cwd = process.cwd();
  const out: ModelFile[] = [];
  const seen = new Set<string>();
  const visit = (path: string, explicit: boolean): void => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry), false);
      return;
    }
    if (!explicit && !path.endsWith(".smithy") && !path.endsWith(".json")) return;
    const name = relative(cwd, path) || path;
    if (seen.has(name)) return;
    seen.add(name);
    out.push({ name, text: readFileSync(path, "utf8") });
  };
  for (const path of paths) visit(path, true);
  return out;
}
