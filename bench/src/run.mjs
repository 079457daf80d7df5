/**
 * `npm run bench`: measures our clients and the official ones side by side in one run, prints one
 * report and writes it to bench/RESULTS.md.
 *
 * Options:
 *   --only=size,cold,throughput,codegen   run some sections (RESULTS.md is then left alone)
 *   --explain                             also print what fills each of our bundles (bytes per package and file)
 *   --quick                               fewer runs and shorter rounds (a smoke test; figures are noisier)
 */
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { contributors, explainBundle, measureBundleSizes } from "./bundle-size.mjs";
import { measureCodegen } from "./codegen-time.mjs";
import { measureColdStart } from "./cold-start.mjs";
import { renderReport } from "./report.mjs";
import { measureThroughput } from "./throughput.mjs";

const SECTIONS = ["size", "cold", "throughput", "codegen"];

/** Parses argv; unknown options are rejected by name. */
function parseArgs(argv) {
  const options = { only: SECTIONS, explain: false, quick: false };
  for (const arg of argv) {
    if (arg === "--explain") options.explain = true;
    else if (arg === "--quick") options.quick = true;
    else if (arg.startsWith("--only=")) {
      options.only = arg.slice("--only=".length).split(",");
      for (const s of options.only) if (!SECTIONS.includes(s)) throw new Error(`unknown section "${s}" (expected ${SECTIONS.join(", ")})`);
    } else throw new Error(`unknown option "${arg}"`);
  }
  return options;
}

/** Prints what fills each of our bundles: minified bytes per package, and gzip bytes per source file. */
async function explain(sizes) {
  const pad = (n) => String(n).padStart(6);
  for (const row of sizes) {
    const lines = [`\n${row.label}: ours ${row.ours.raw} B raw / ${row.ours.gzip} B gzip; minified bytes per package:`];
    for (const { owner, bytes } of contributors(row.ours.metafile, { top: 12 })) lines.push(`  ${pad(bytes)}  ${owner}`);
    lines.push("  gzip bytes each source file adds (runtime from its sources; estimates that sum to about the gzip size):");
    for (const { owner, gzip, raw } of (await explainBundle(row.service, row.commands)).slice(0, 40)) {
      lines.push(`  ${pad(gzip)}  ${owner} (${raw} B minified)`);
    }
    lines.push(`  official, minified bytes per package (${row.official.raw} B raw / ${row.official.gzip} B gzip):`);
    for (const { owner, bytes } of contributors(row.official.metafile, { top: 8 })) lines.push(`  ${pad(bytes)}  ${owner}`);
    console.log(lines.join("\n"));
  }
}

const log = (text) => process.stderr.write(`${text}\n`);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const results = {
    environment: { date: new Date().toISOString().slice(0, 10), node: process.versions.node, cpus: cpus().length },
  };
  if (options.only.includes("size")) {
    log("bench: bundling…");
    results.sizes = await measureBundleSizes();
    if (options.explain) await explain(results.sizes);
  }
  if (options.only.includes("cold")) {
    log("bench: cold start…");
    results.cold = measureColdStart({ runs: options.quick ? 3 : 11, onProgress: (r, n) => log(`  round ${r}/${n}`) });
  }
  if (options.only.includes("throughput")) {
    log("bench: throughput…");
    results.throughput = await measureThroughput({
      ...(options.quick ? { rounds: 3, roundMs: 200, warmupMs: 200 } : {}),
      onProgress: (name, r, n) => log(`  ${name} round ${r}/${n}`),
    });
  }
  if (options.only.includes("codegen")) {
    log("bench: code generation…");
    results.codegen = measureCodegen(options.quick ? { runs: 2, npmRuns: 1 } : {});
  }
  const report = renderReport(results);
  console.log(`\n${report}`);
  if (options.only.length === SECTIONS.length) {
    writeFileSync(fileURLToPath(new URL("../RESULTS.md", import.meta.url)), report);
    log("bench: wrote bench/RESULTS.md");
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
