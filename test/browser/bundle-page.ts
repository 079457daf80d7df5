/** Bundles a page script for the browser the way an application would: esbuild, platform browser, ESM, one file. */
import { build } from "esbuild";

/** The bundle's code and the repository-relative paths of every module esbuild put in it. */
export interface PageBundle {
  readonly code: string;
  readonly inputs: readonly string[];
}

/** Bundles `entry` (resolving packages from `workingDir`'s node_modules, as an application in the repository would). */
export async function bundlePage(entry: string, workingDir: string): Promise<PageBundle> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: workingDir,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild wrote no output for ${entry}`);
  return { code: output.text, inputs: Object.keys(result.metafile.inputs) };
}
