/**
 * The packages as users get them: `npm pack` the runtime and the four clients, `npm install` the five tarballs into a
 * fresh app outside the repository (no workspace links), then use them from Node.js ESM and CommonJS, type-check a
 * strict TypeScript consumer, and lint each tarball with publint and arethetypeswrong. Sizes go to
 * test-artifacts/packed-sizes.json.
 */
import { lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type LocalEndpoint, startLocalEndpoint } from "@slimsdk/local-endpoint";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsumerTsconfig, copyFixtures, createConsumerApp, installTarballs, writeConsumerTsconfig } from "./consumer-app.js";
import { type PackedPackage, packWorkspaces } from "./pack-workspaces.js";
import { describeResult, runCommand } from "./run-command.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const PACKAGES = [
  "@slimsdk/runtime",
  "@slimsdk/client-wellarchitected-ops",
  "@slimsdk/client-proton-env",
  "@slimsdk/client-imagebuilder-state",
  "@slimsdk/client-codeguru-profiling",
] as const;

let appDir: string;
let packed: PackedPackage[];
let endpoint: LocalEndpoint;
let consumerEnv: NodeJS.ProcessEnv;

const packedOf = (name: string): PackedPackage => {
  const found = packed.find((p) => p.name === name);
  if (!found) throw new Error(`${name} was not packed`);
  return found;
};

beforeAll(async () => {
  appDir = createConsumerApp(repoRoot);
  const tarballs = join(appDir, "tarballs");
  mkdirSync(tarballs);
  packed = await packWorkspaces(repoRoot, PACKAGES, tarballs);
  await installTarballs(
    appDir,
    packed.map((p) => p.tarball),
  );
  copyFixtures(fixtures, appDir, ["esm-consumer.mjs", "cjs-consumer.cjs", "ts-consumer.ts"]);
  endpoint = await startLocalEndpoint({ port: 0 });
  const credential = endpoint.credentials[0]!;
  consumerEnv = {
    ...process.env,
    SLIMSDK_ENDPOINT: endpoint.url,
    SLIMSDK_ACCESS_KEY_ID: credential.accessKeyId,
    SLIMSDK_SECRET_ACCESS_KEY: credential.secretAccessKey,
    SLIMSDK_IDS: JSON.stringify(endpoint.ids),
  };
  const sizes = packed.map(({ name, size, unpackedSize, entryCount }) => ({ name, size, unpackedSize, entryCount }));
  mkdirSync(join(repoRoot, "test-artifacts"), { recursive: true });
  writeFileSync(join(repoRoot, "test-artifacts", "packed-sizes.json"), `${JSON.stringify(sizes, null, 2)}\n`);
}, 240_000);

afterAll(async () => {
  await endpoint?.close();
  if (appDir) rmSync(appDir, { recursive: true, force: true });
});

describe("npm pack", () => {
  it.each(PACKAGES)("%s holds its built ESM and declarations, and nothing else", (name) => {
    const pkg = packedOf(name);
    expect(pkg.files).toEqual(expect.arrayContaining(["package.json", "dist/index.js", "dist/index.d.ts"]));
    const stray = pkg.files.filter((f) => !(f === "package.json" || f === "README.md" || /^dist\/.+\.(js|d\.ts)$/.test(f)));
    expect(stray).toEqual([]);
    expect(pkg.files.filter((f) => /\.test\.|\/testing\//.test(f))).toEqual([]);
  });

  it("installed the tarballs themselves (no workspace links), one copy of the runtime shared by every client", () => {
    const lock = JSON.parse(readFileSync(join(appDir, "package-lock.json"), "utf8")) as {
      packages: Record<string, { version?: string; resolved?: string; link?: boolean }>;
    };
    for (const name of PACKAGES) {
      expect(lstatSync(join(appDir, "node_modules", name)).isSymbolicLink()).toBe(false);
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry?.link).toBeUndefined();
      expect(entry?.resolved).toBe(`file:tarballs/${basename(packedOf(name).tarball)}`);
      expect(entry?.version).toBe(packedOf(name).version);
    }
    const runtimes = Object.keys(lock.packages).filter((path) => path.endsWith("node_modules/@slimsdk/runtime"));
    expect(runtimes).toEqual(["node_modules/@slimsdk/runtime"]);
  });
});

describe("Node.js", () => {
  it("an ESM app imports every client and gets typed results and a typed error from the endpoint", async () => {
    const result = await runCommand(process.execPath, ["esm-consumer.mjs"], { cwd: appDir, env: consumerEnv });
    expect(result.code, describeResult("esm-consumer.mjs", result)).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.proton).toEqual({
      name: "dev",
      description: "installed",
      createdAtIsDate: true,
      createdAt: "2024-01-15T10:00:00.000Z",
      status: 200,
    });
    expect(out.protonError).toEqual({
      isResourceNotFound: true,
      isRuntimeServiceException: true,
      name: "ResourceNotFoundException",
      fault: "client",
      status: 400,
    });
    expect(out.wellArchitected).toEqual({ workloadId: endpoint.ids.wellArchitected.workloadId, hasShareId: true, status: 200 });
    expect(out.imageBuilder).toEqual({ resourceArn: endpoint.ids.imageBuilder.available, hasExecutionId: true, status: 200 });
    expect(out.codeGuruProfiler).toEqual({ name: "installed-group", createdAtIsDate: true, status: 201 });
  });

  // Node.js >= 20.19 loads an ES module without top-level await through require(); older ones, or
  // --no-experimental-require-module, refuse with ERR_REQUIRE_ESM, whose message names the fix (dynamic import()).
  const requireEsm = (process.features as { require_module?: boolean }).require_module === true;

  it.runIf(requireEsm)("a CommonJS app can require() the ESM-only client and send a command", async () => {
    const result = await runCommand(process.execPath, ["cjs-consumer.cjs"], { cwd: appDir, env: consumerEnv });
    expect(result.code, describeResult("cjs-consumer.cjs", result)).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ name: "dev", description: "from require", createdAtIsDate: true });
  });

  it("without require(esm), require() fails with ERR_REQUIRE_ESM, which points to import()", async () => {
    const args = requireEsm ? ["--no-experimental-require-module", "cjs-consumer.cjs"] : ["cjs-consumer.cjs"];
    const result = await runCommand(process.execPath, args, { cwd: appDir, env: consumerEnv });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("ERR_REQUIRE_ESM");
    expect(result.stderr).toContain("client-proton-env/dist/index.js");
    expect(result.stderr).toMatch(/dynamic import\(\)/);
  });
});

describe("TypeScript consumer (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess)", () => {
  const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
  // skipLibCheck as most apps set it (tsc --init does): checking every declaration of @types/node and @smithy/* would
  // cost many seconds and test other projects' files. Ours still count: a declaration of ours that fails to resolve
  // leaves its types unknown, which breaks the consumer's own lines and its @ts-expect-error checks.
  const variants: [string, ConsumerTsconfig][] = [
    // A Node.js app, with @types/node.
    [
      "node16",
      {
        module: "node16",
        moduleResolution: "node16",
        types: ["node"],
        typeRoots: [join(repoRoot, "node_modules", "@types")],
        skipLibCheck: true,
      },
    ],
    // A bundled browser app: no Node types.
    ["bundler", { module: "preserve", moduleResolution: "bundler", types: [], skipLibCheck: true }],
    // The older resolution, through the top-level `types` fields (the runtime's included: the clients' types import it).
    ["node10", { module: "esnext", moduleResolution: "node10", types: [], skipLibCheck: true }],
  ];

  it.each(variants)(
    "type-checks under %s",
    async (name, settings) => {
      const project = writeConsumerTsconfig(appDir, name, settings, ["ts-consumer.ts"]);
      const result = await runCommand(process.execPath, [tsc, "--noEmit", "-p", project], { cwd: appDir });
      expect(result.code, describeResult(`tsc (${name})`, result)).toBe(0);
    },
    120_000,
  );
});

describe("package linters", () => {
  it.each(PACKAGES)("publint finds nothing in %s (suggestions included, warnings as errors)", async (name) => {
    const data = readFileSync(packedOf(name).tarball);
    const tarball = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    const { messages, pkg } = await publint({ pack: { tarball }, level: "suggestion", strict: true });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`)).toEqual([]);
  });

  // ESM only, on purpose: `--profile esm-only` ignores the CommonJS resolution (node16 from CJS), where a require() of
  // the package finds ESM. Nothing else may be reported, even in the ignored resolutions.
  it.each(PACKAGES)(
    "arethetypeswrong (esm-only profile) passes %s; the only finding is require() reaching ESM",
    async (name) => {
      const attw = join(repoRoot, "node_modules", ".bin", "attw");
      const result = await runCommand(attw, [packedOf(name).tarball, "--profile", "esm-only", "--format", "json", "--no-color"], {
        cwd: appDir,
      });
      expect(result.code, describeResult("attw", result)).toBe(0);
      const report = JSON.parse(result.stdout) as { problems: unknown; analysis: { problems: unknown[] } };
      expect(report.analysis.problems).toEqual([{ kind: "CJSResolvesToESM", entrypoint: ".", resolutionKind: "node16-cjs" }]);
    },
    120_000,
  );
});
