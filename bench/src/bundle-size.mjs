/** Browser bundle sizes: one esbuild bundle per (implementation, client, commands), raw and gzip bytes, and what fills them. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { OPERATIONS, operationsOf, SERVICES } from "./targets.mjs";

/** The repo root: esbuild runs from here, so metafile paths read `packages/runtime/dist/...` and `node_modules/...`. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Where bundles are written (gitignored), to look at by hand. */
export const OUT_DIR = fileURLToPath(new URL("../.out/", import.meta.url));

/**
 * The source of an app that imports one client and the given commands (none: the bare client) and
 * calls `send` once per command, so nothing a real call needs can be tree-shaken away.
 */
export function entrySource(impl, service, commands) {
  const s = SERVICES[service];
  const names = [s.client, ...commands.map((c) => `${c}Command`)];
  const sends = commands.map((c) => `client.send(new ${c}Command({})).then(console.log, console.error);`);
  return [
    `import { ${names.join(", ")} } from "${s[impl]}";`,
    `const client = new ${s.client}({ region: "us-east-1" });`,
    ...sends,
    ...(commands.length === 0 ? ["console.log(client);"] : []),
  ].join("\n");
}

/** Bundles an entry for the browser (ESM, minified, es2020) and returns the code, its sizes and esbuild's metafile. */
export async function bundle(name, source, { write = true } = {}) {
  const result = await build({
    stdin: { contents: source, resolveDir: REPO_ROOT, sourcefile: `${name}.entry.mjs`, loader: "js" },
    absWorkingDir: REPO_ROOT,
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    platform: "browser",
    metafile: true,
    write: false,
    logLevel: "silent",
    legalComments: "none",
  });
  const code = result.outputFiles[0].text;
  if (write) {
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, `${name}.js`), code);
  }
  return { name, code, raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

/** The bundles the report compares: one per operation, and one with every command of each multi-command client. */
export function bundleCases() {
  const cases = OPERATIONS.map((op) => ({ label: op.name, service: op.service, commands: [op.name] }));
  for (const service of Object.keys(SERVICES)) {
    const ops = operationsOf(service);
    if (ops.length > 1)
      cases.push({ label: `${SERVICES[service].client} (all ${ops.length} commands)`, service, commands: ops.map((o) => o.name) });
  }
  return cases;
}

/** Bundles every case for both implementations; sizes in bytes, plus the metafiles for `--explain`. */
export async function measureBundleSizes() {
  const rows = [];
  for (const c of bundleCases()) {
    const file = c.commands.join("+");
    const ours = await bundle(`ours-${file}`, entrySource("ours", c.service, c.commands));
    const official = await bundle(`official-${file}`, entrySource("official", c.service, c.commands));
    rows.push({ ...c, ours, official });
  }
  return rows;
}

/**
 * Where the gzip bytes of one of our bundles go: the same bundle, built from the runtime's TypeScript
 * sources (its dist is a few bundled files, which would hide which source file costs what), is split
 * at module boundaries, and each module is charged what it adds to the gzip size of everything before
 * it. Returns per-module rows (gzip added, minified bytes), biggest first.
 */
export async function explainBundle(service, commands) {
  const runtimeSrc = join(REPO_ROOT, "packages/runtime/src");
  const fromSource = {
    name: "runtime-from-source",
    setup(b) {
      b.onResolve({ filter: /^@slimsdk\/runtime$/ }, () => ({ path: join(runtimeSrc, "index.ts") }));
      b.onResolve({ filter: /^#platform$/ }, () => ({ path: join(runtimeSrc, "platform/browser.ts") }));
    },
  };
  const result = await build({
    stdin: { contents: entrySource("ours", service, commands), resolveDir: REPO_ROOT, sourcefile: "entry.mjs", loader: "js" },
    absWorkingDir: REPO_ROOT,
    bundle: true,
    minifySyntax: true,
    minifyIdentifiers: true,
    format: "esm",
    target: "es2020",
    platform: "browser",
    write: false,
    logLevel: "silent",
    legalComments: "none",
    plugins: [fromSource],
  });
  // Unminified whitespace keeps esbuild's `// path` comment before each module; squeeze it out per module.
  const modules = result.outputFiles[0].text.split(/\n(?=\/\/ \S+\n)/);
  const rows = [];
  let before = "";
  let gzipBefore = 0;
  for (const text of modules) {
    const [header, ...lines] = text.split("\n");
    // Doc comments that esbuild keeps on class members are no part of a minified bundle.
    const code = lines
      .map((l) => l.trim())
      .filter((l) => !/^(?:\/\*\*|\*|\/\/)/.test(l))
      .join("\n");
    const gzip = gzipSync(before + code, { level: 9 }).length;
    rows.push({
      owner: header.startsWith("// ") ? ownerOf(header.slice(3), true) : "(esbuild helpers)",
      gzip: gzip - gzipBefore,
      raw: code.length,
    });
    before += code;
    gzipBefore = gzip;
  }
  return rows.sort((a, b) => b.gzip - a.gzip);
}

/** Names the package (or, for our own packages, the file) an esbuild input path belongs to. */
export function ownerOf(path, byFile) {
  const nm = path.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const parts = path.slice(nm + "node_modules/".length).split("/");
    const pkg = parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
    return byFile ? `${pkg}/${parts.slice(pkg.split("/").length).join("/")}` : pkg;
  }
  if (path.startsWith("packages/")) {
    const [, dir, ...rest] = path.split("/");
    return byFile ? `${dir}/${rest.join("/")}` : dir;
  }
  return path;
}

/** The biggest contributors to a bundle's (minified) bytes, by package or by file. */
export function contributors(metafile, { byFile = false, top = 15 } = {}) {
  const totals = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const owner = ownerOf(path, byFile);
      totals.set(owner, (totals.get(owner) ?? 0) + input.bytesInOutput);
    }
  }
  return [...totals.entries()]
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([owner, bytes]) => ({ owner, bytes }));
}
