/** Packs workspace packages with `npm pack`, as a publish would, and reports what each tarball holds. */
import { join } from "node:path";
import { npmEnv } from "./npm-env.js";
import { describeResult, runCommand } from "./run-command.js";

/** One packed package, from `npm pack --json`. */
export interface PackedPackage {
  readonly name: string;
  readonly version: string;
  /** Absolute path of the tarball. */
  readonly tarball: string;
  /** Tarball bytes (gzip). */
  readonly size: number;
  /** Bytes of the files inside. */
  readonly unpackedSize: number;
  readonly entryCount: number;
  /** Paths inside the package, e.g. `dist/index.js`. */
  readonly files: readonly string[];
}

interface NpmPackEntry {
  name: string;
  version: string;
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string }[];
}

/** Runs one `npm pack -w <name>...` in `repoRoot`, writing the tarballs to `destination`. */
export async function packWorkspaces(repoRoot: string, names: readonly string[], destination: string): Promise<PackedPackage[]> {
  const args = ["pack", ...names.flatMap((name) => ["-w", name]), "--pack-destination", destination, "--json", "--loglevel=error"];
  const result = await runCommand("npm", args, { cwd: repoRoot, env: npmEnv() });
  if (result.code !== 0) throw new Error(describeResult("npm pack", result));
  const entries = JSON.parse(result.stdout) as NpmPackEntry[];
  return entries.map((entry) => ({
    name: entry.name,
    version: entry.version,
    tarball: join(destination, entry.filename),
    size: entry.size,
    unpackedSize: entry.unpackedSize,
    entryCount: entry.entryCount,
    files: entry.files.map((file) => file.path),
  }));
}
