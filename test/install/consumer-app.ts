/** A fresh application outside the repository that installs the packed tarballs, as a user of the packages would. */
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { npmEnv } from "./npm-env.js";
import { describeResult, runCommand } from "./run-command.js";

/** Creates an empty ESM app (`package.json` only) in a new folder under the OS temp dir, refusing one inside `repoRoot`. */
export function createConsumerApp(repoRoot: string): string {
  const appDir = mkdtempSync(join(tmpdir(), "slimsdk-install-"));
  const rel = relative(repoRoot, appDir);
  if (!rel.startsWith("..")) throw new Error(`the consumer app must live outside the repository, got ${appDir}`);
  writeFileSync(join(appDir, "package.json"), `${JSON.stringify({ name: "slimsdk-consumer", private: true, type: "module" }, null, 2)}\n`);
  return appDir;
}

/** One `npm install` of every tarball (their registry dependencies come from the npm cache when it has them). */
export async function installTarballs(appDir: string, tarballs: readonly string[]): Promise<void> {
  const args = ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...tarballs];
  const result = await runCommand("npm", args, { cwd: appDir, env: npmEnv(), timeoutMs: 220_000 });
  if (result.code !== 0) throw new Error(describeResult("npm install", result));
}

/** Copies fixture files into the app, keeping their names. */
export function copyFixtures(fixturesDir: string, appDir: string, names: readonly string[]): void {
  for (const name of names) copyFileSync(join(fixturesDir, name), join(appDir, name));
}

/** The compiler settings of one consumer tsconfig. */
export interface ConsumerTsconfig {
  readonly module: string;
  readonly moduleResolution: string;
  /** `@types` packages to load; Node.js apps have `node`, browser apps none. */
  readonly types: readonly string[];
  readonly typeRoots?: readonly string[];
  readonly skipLibCheck: boolean;
}

/** Writes `tsconfig.<name>.json`: the strictest common settings, checking only `files`; returns its path. */
export function writeConsumerTsconfig(appDir: string, name: string, settings: ConsumerTsconfig, files: readonly string[]): string {
  const path = join(appDir, `tsconfig.${name}.json`);
  const compilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    verbatimModuleSyntax: true,
    target: "es2022",
    lib: ["es2022", "dom"],
    noEmit: true,
    ...settings,
  };
  writeFileSync(path, `${JSON.stringify({ compilerOptions, files }, null, 2)}\n`);
  return path;
}
