/** Cold start: how long a fresh Node.js process takes to import a client and one command, above a bare process. */
import { spawnSync } from "node:child_process";
import { REPO_ROOT } from "./bundle-size.mjs";
import { median } from "./stats.mjs";
import { OPERATIONS, SERVICES } from "./targets.mjs";

/** The module source that imports `op`'s client and command from one implementation's package. */
export const importSource = (impl, op) => {
  const s = SERVICES[op.service];
  return `import { ${s.client}, ${op.name}Command } from "${s[impl]}";`;
};

/** Appended to every program: the process reports the CPU time it used (user + system, ms), imports included. */
const REPORT_CPU = "const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000));";

/**
 * One `node --input-type=module -e <source>`: its wall time in ms as the parent sees it, and the CPU
 * time the child used (steadier than wall time on a busy machine). The baseline runs the same way
 * with no import, so ESM loader start-up is not charged to the import.
 */
function runOnce(source) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", `${source}\n${REPORT_CPU}`], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node -e ${JSON.stringify(source)} failed:\n${result.stderr}`);
  return { wall, cpu: Number(result.stdout) };
}

/**
 * Runs every import `runs` times, interleaved (baseline, then ours and official per operation, the
 * pair's order alternating by round), and reports medians with the baseline's median subtracted.
 */
export function measureColdStart({ runs = 11, onProgress = () => {} } = {}) {
  const baseline = [];
  const samples = new Map(OPERATIONS.map((op) => [op.name, { ours: [], official: [] }]));
  runOnce(""); // warm the file system cache before the first timed run
  for (let round = 0; round < runs; round++) {
    baseline.push(runOnce(""));
    for (const op of OPERATIONS) {
      const order = round % 2 ? ["official", "ours"] : ["ours", "official"];
      for (const impl of order) samples.get(op.name)[impl].push(runOnce(importSource(impl, op)));
    }
    onProgress(round + 1, runs);
  }
  const of = (list, key) => median(list.map((x) => x[key]));
  const bare = { wall: of(baseline, "wall"), cpu: of(baseline, "cpu") };
  return {
    runs,
    bare,
    rows: OPERATIONS.map((op) => {
      const s = samples.get(op.name);
      return {
        name: op.name,
        ours: of(s.ours, "wall") - bare.wall,
        official: of(s.official, "wall") - bare.wall,
        oursCpu: of(s.ours, "cpu") - bare.cpu,
        officialCpu: of(s.official, "cpu") - bare.cpu,
      };
    }),
  };
}
