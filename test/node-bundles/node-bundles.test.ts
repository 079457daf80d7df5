/**
 * A one-command app bundled for Node.js the usual ways (esbuild, `--platform=node`: CommonJS and ESM,
 * with and without `--packages=external`), each output run by `node` against the local endpoint.
 * Region and credentials come from a shared config profile in a temporary HOME, so the lazily
 * imported config loader and credential chain (and the chain's own dynamic imports) run inside the
 * bundle. A fully bundled ESM output carries the usual `createRequire` banner: the CommonJS builds of
 * the @smithy / @aws-sdk libraries call `require` for Node's modules, which ESM has not (the official
 * clients need it just the same).
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type LocalEndpoint, startLocalEndpoint } from "@slimsdk/local-endpoint";
import { type BuildOptions, build, type Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "slimsdk-node-bundles-"));
const home = join(dir, "home");
let ep: LocalEndpoint;

const APP = `import { ProtonClient, UpdateEnvironmentCommand } from "@slimsdk/client-proton-env";

async function main() {
  const [endpoint, name] = process.argv.slice(2);
  const client = new ProtonClient({ endpoint });
  const out = await client.send(new UpdateEnvironmentCommand({ name, deploymentType: "NONE" }));
  client.destroy();
  console.log(JSON.stringify({ status: out.$metadata.httpStatusCode, name: out.environment.name }));
}
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

/** The banner esbuild users add to ESM output for Node.js (AWS CDK documents it too): the `require` ESM lacks. */
const REQUIRE_BANNER =
  'import { createRequire as __slimsdkCreateRequire } from "node:module"; const require = __slimsdkCreateRequire(import.meta.url);';

beforeAll(async () => {
  writeFileSync(join(dir, "app.js"), APP);
  // Outputs that keep packages external resolve them from here, as an app's own node_modules.
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"), "dir");
  mkdirSync(join(home, ".aws"), { recursive: true });
  writeFileSync(join(home, ".aws", "config"), "[profile bundled]\nregion = eu-south-1\n");
  writeFileSync(join(home, ".aws", "credentials"), "[bundled]\naws_access_key_id = AKIDBUNDLED\naws_secret_access_key = bundled-secret\n");
  ep = await startLocalEndpoint({ port: 0, credentials: [{ accessKeyId: "AKIDBUNDLED", secretAccessKey: "bundled-secret" }] });
});

afterAll(async () => {
  await ep?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a bundle with an environment of its own: the temporary HOME, AWS_PROFILE, IMDS disabled. */
function run(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: home,
    AWS_CONFIG_FILE: join(home, ".aws", "config"),
    AWS_SHARED_CREDENTIALS_FILE: join(home, ".aws", "credentials"),
    AWS_PROFILE: "bundled",
    AWS_EC2_METADATA_DISABLED: "true",
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [file, ep.url, ep.ids.proton.dev], { env, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Bundles the app with `options` into `outfile`; returns the files that went into the bundle. */
async function bundle(outfile: string, options: BuildOptions): Promise<string[]> {
  const result = await build({
    entryPoints: [join(dir, "app.js")],
    outfile: join(dir, outfile),
    bundle: true,
    platform: "node",
    metafile: true,
    logLevel: "silent",
    ...options,
  });
  return Object.keys((result.metafile as Metafile).inputs);
}

const CASES: readonly (readonly [label: string, outfile: string, options: BuildOptions, external: boolean])[] = [
  ["--format=cjs", "app.cjs", { format: "cjs" }, false],
  ["--format=cjs --packages=external", "app-external.cjs", { format: "cjs", packages: "external" }, true],
  ["--format=esm (createRequire banner), run as .mjs", "app.mjs", { format: "esm", banner: { js: REQUIRE_BANNER } }, false],
  ["--format=esm --packages=external, run as .mjs", "app-external.mjs", { format: "esm", packages: "external" }, true],
];

describe("a client bundled for Node.js", () => {
  it.each(CASES)("%s runs, with region and credentials from the profile", async (_label, outfile, options, external) => {
    const inputs = await bundle(outfile, options);
    const bundledChain = inputs.some((f) => f.includes("node_modules/@aws-sdk/credential-provider-ini/"));
    // Fully bundled outputs carry the credential chain (its dynamic imports included); external ones load it at run time.
    expect(bundledChain).toBe(!external);
    const { code, stdout, stderr } = await run(join(dir, outfile));
    expect({ code, stderr: stderr.includes("Error") ? stderr : "" }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(stdout)).toEqual({ status: 200, name: ep.ids.proton.dev });
  });
});
