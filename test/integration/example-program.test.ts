import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ValidationException } from "@slimsdk/client-codeguru-profiling";
import { beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../../examples/src/describe-error.js";

// The program `npm start` runs, as built by `turbo run build` (examples/dist), run end to end in a child process.
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const entry = fileURLToPath(new URL("../../examples/dist/main.js", import.meta.url));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a node script from the repository root, killing it if it has not exited after `limitMs`. */
function runNode(script: string, limitMs = 60_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), limitMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("the example program", () => {
  let run: Run;

  beforeAll(async () => {
    if (!existsSync(entry)) throw new Error("examples/dist/main.js is missing: run `npm run build` first.");
    run = await runNode(entry);
  });

  it("exits 0 without writing to stderr", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("starts the endpoint on a free loopback port", () => {
    expect(run.stdout).toMatch(/^slimsdk example: four generated clients against the local endpoint at http:\/\/127\.0\.0\.1:\d+\n/);
  });

  it("prints one heading per operation, then the modeled error and the retry, in order", () => {
    const headings = run.stdout.split("\n").filter((line) => line.startsWith("== "));
    expect(headings).toEqual([
      "== Well-Architected: UpgradeProfileVersion",
      "== Well-Architected: CreateWorkloadShare",
      "== Proton: UpdateEnvironment",
      "== Image Builder: StartResourceStateUpdate",
      "== CodeGuru Profiler: CreateProfilingGroup",
      "== A modeled error: CreateWorkloadShare with an existing share",
      "== Retry: UpdateEnvironment after one injected ThrottlingException",
      "== What the endpoint recorded",
    ]);
    expect(run.stdout.trimEnd().endsWith("Done: 5 operations, 1 modeled error, 1 retried throttle.")).toBe(true);
  });

  it("prints the typed results' key fields, Dates as ISO 8601", () => {
    expect(run.stdout).toMatch(/ShareId {2,}[0-9a-f]{32}\n/);
    expect(run.stdout).toMatch(/template {2,}fargate-env 1\.2\n/);
    expect(run.stdout).toMatch(/createdAt {2,}2024-01-15T10:00:00\.000Z\n/);
    expect(run.stdout).toMatch(/lifecycleExecutionId {2,}lce-[0-9a-f-]{36}\n/);
    expect(run.stdout).toMatch(/HTTP status {2,}201\n/);
    expect(run.stdout).toMatch(/createdAt {2,}\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\n/);
  });

  it("shows the ConflictException's typed members and the retried call's attempts", () => {
    expect(run.stdout).toMatch(/caught {2,}ConflictException \(instanceof ConflictException\)\n/);
    expect(run.stdout).toMatch(/HTTP status {2,}409\n/);
    expect(run.stdout).toMatch(/ResourceType {2,}WORKLOAD_SHARE\n/);
    expect(run.stdout).toMatch(/attempts {2,}2\n {3}totalRetryDelay {2,}\d+ ms\n {3}throttles sent {2,}1\n/);
  });
});

it("scripts/start.mjs (what `npm start` runs after building) runs the same program", async () => {
  const run = await runNode(fileURLToPath(new URL("../../scripts/start.mjs", import.meta.url)));
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("== CodeGuru Profiler: CreateProfilingGroup");
});

describe("describeError (the program's failure message)", () => {
  it("names a service error with its status and attempts", () => {
    const error = new ValidationException({ message: "Bad name.", $metadata: { httpStatusCode: 400, attempts: 1 } });
    expect(describeError(error)).toBe("ValidationException (HTTP 400, 1 attempt(s)): Bad name.");
  });

  it("keeps the stack of any other error, and prints non-errors as they are", () => {
    expect(describeError(new TypeError("boom"))).toMatch(/^TypeError: boom\n {4}at /);
    expect(describeError("plain")).toBe("plain");
  });
});
