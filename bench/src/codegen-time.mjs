/** Code generation: wall time of `npm run generate` (turbo: builds the generator if needed, then runs it) and of the generator alone. */
import { spawnSync } from "node:child_process";
import { REPO_ROOT } from "./bundle-size.mjs";
import { median } from "./stats.mjs";

/** Runs a command in the repo root and returns its wall time in ms; fails loudly if it fails. */
function timed(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
  return { elapsed, stdout: result.stdout };
}

/**
 * Times the generator alone (`node codegen/dist/cli.js generate`, which regenerates all four clients
 * in place) `runs` times, and `npm run generate` `npmRuns` times; medians in ms. The generator's own
 * report ("generated N files ... in X ms") is kept too: it excludes Node.js start-up.
 */
export function measureCodegen({ runs = 5, npmRuns = 3 } = {}) {
  const alone = [];
  const inProcess = [];
  let files = 0;
  for (let i = 0; i < runs; i++) {
    const { elapsed, stdout } = timed(process.execPath, ["codegen/dist/cli.js", "generate", "--config", "codegen.config.json"]);
    alone.push(elapsed);
    const m = /generated (\d+) files for \d+ clients? in (\d+) ms/.exec(stdout);
    if (m) {
      files = Number(m[1]);
      inProcess.push(Number(m[2]));
    }
  }
  const npm = [];
  for (let i = 0; i < npmRuns; i++) npm.push(timed(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "generate"]).elapsed);
  return {
    files,
    generator: median(alone),
    generatorInProcess: inProcess.length ? median(inProcess) : undefined,
    npmRunGenerate: median(npm),
  };
}
