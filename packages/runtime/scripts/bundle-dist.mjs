// Build step after `tsc`: joins the ~70 modules tsc writes to dist/ into one module per entry point
// (the package's main module and the two `#platform` modules) plus the chunks they share, so that
// Node.js opens a handful of files instead of ~70 when a client is imported (most of a cold import is
// spent opening and compiling files). The .d.ts files stay as tsc wrote them; dependencies and
// `#platform` stay imports, so the platform split and the lazy loading of @smithy modules in Node.js
// are unchanged, and bundlers still tree-shake per statement.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const dist = join(packageDir, "dist");
const staging = join(packageDir, "dist.bundling");
const ENTRIES = ["index", "platform/node", "platform/browser"];

/** Every file under `dir` whose name ends with `suffix`. */
function filesUnder(dir, suffix) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, suffix) : name.endsWith(suffix) ? [path] : [];
  });
}

rmSync(staging, { recursive: true, force: true });
await build({
  entryPoints: Object.fromEntries(ENTRIES.map((e) => [e, join(dist, `${e}.js`)])),
  outdir: staging,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  packages: "external",
  external: ["#platform"],
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
});
for (const file of filesUnder(dist, ".js")) if (!file.endsWith(".d.js")) rmSync(file);
for (const file of filesUnder(staging, ".js")) {
  const target = join(dist, file.slice(staging.length + 1));
  mkdirSync(dirname(target), { recursive: true });
  renameSync(file, target);
}
rmSync(staging, { recursive: true, force: true });
