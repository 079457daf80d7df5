import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "slimsdk-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A resolve hook that appends every resolved module URL to a log file (hooks run off the main thread).
writeFileSync(
  join(dir, "hooks.mjs"),
  `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.IMPORT_LOG, result.url + "\\n");
  return result;
}
`,
);
writeFileSync(
  join(dir, "register.mjs"),
  `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(join(dir, "hooks.mjs")).href)});\n`,
);

/** The module URLs a fresh Node process resolves while importing `specifier`. */
function modulesLoadedBy(specifier: string, name: string): string[] {
  const log = join(dir, `${name}.log`);
  writeFileSync(log, "");
  execFileSync(
    process.execPath,
    ["--import", pathToFileURL(join(dir, "register.mjs")).href, "--input-type=module", "-e", `await import(${JSON.stringify(specifier)});`],
    {
      cwd: repoRoot,
      env: { ...process.env, IMPORT_LOG: log },
    },
  );
  return readFileSync(log, "utf8").split("\n").filter(Boolean);
}

describe("importing a client in Node.js", () => {
  // Cold start is measured by `npm run bench`; this only guards its main cause: the @smithy/*,
  // @aws-sdk/* (the credential chain) and @aws-crypto/* libraries must load on the first send, not
  // when a client module is imported.
  it.each([
    "@slimsdk/client-wellarchitected-ops",
    "@slimsdk/client-proton-env",
    "@slimsdk/client-imagebuilder-state",
    "@slimsdk/client-codeguru-profiling",
  ])("%s loads no @smithy, @aws-sdk or @aws-crypto module", (pkg) => {
    const loaded = modulesLoadedBy(pkg, pkg.replace(/\W/g, "_"));
    expect(loaded.some((url) => url.includes("/packages/runtime/dist/"))).toBe(true);
    expect(loaded.filter((url) => /\/node_modules\/@(smithy|aws-sdk|aws-crypto)\//.test(url))).toEqual([]);
  });
});
