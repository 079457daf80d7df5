/**
 * 1,000 CreateWorkloadShare and 1,000 CreateProfilingGroup calls over real HTTP against the local endpoint
 * while it injects 20 % faults (500, 503, throttling, resets before and after the effect, delays past the
 * client's timeout). Every call must end in success or a typed error, and the endpoint must have created
 * exactly one resource per successful call: retries reuse the idempotency token, so a lost answer is
 * replayed, never repeated.
 */
import { CodeGuruProfilerClient, CodeGuruProfilerServiceException, CreateProfilingGroupCommand } from "@slimsdk/client-codeguru-profiling";
import { CreateWorkloadShareCommand, WellArchitectedClient, WellArchitectedServiceException } from "@slimsdk/client-wellarchitected-ops";
import { type FaultKind, type FaultOptions, type LocalEndpoint, startLocalEndpoint } from "@slimsdk/local-endpoint";
import type { ClientConfig, Middleware } from "@slimsdk/runtime";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { classifyFailure, type FailureKind, mayHaveLostAnswer } from "./helpers/failure-kinds.js";
import { localConfig, waitUntil } from "./helpers/local-clients.js";
import { runPool } from "./helpers/run-pool.js";

const ALL_KINDS: FaultKind[] = ["internal", "unavailable", "throttle", "reset", "reset-after", "delay"];
/**
 * The client gives up on an attempt after this long... (generous: on a loaded 2-core machine a loopback call
 * can take a few hundred milliseconds, and spurious timeouts would drain the client's retry quota)
 */
const REQUEST_TIMEOUT_MS = 1000;
/** ...and a delayed answer comes this late (the request still runs on the server afterwards). */
const DELAY_MS = 1500;
const CONCURRENCY = 20;
/** A bound on each run's loop (not an assertion): calls not started by then are reported as skipped. */
const BUDGET_MS = 20_000;

let unhandled = 0;
const onUnhandled = () => {
  unhandled++;
};
let ep: LocalEndpoint;
/** Lines the endpoint logged, one per finished request (answered or reset). */
let finished: string[] = [];

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  ep = await startLocalEndpoint({
    port: 0,
    quotas: { sharesPerWorkload: 5000, profilingGroups: 5000 },
    logger: { info: (line: string) => void finished.push(line) },
  });
});
afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await ep.close();
});
beforeEach(() => {
  ep.reset();
  finished = [];
});

/** Per call (keyed by its resource name): the error of every failed attempt, recorded inside the retry loop. */
type AttemptLog = Map<string, unknown[]>;

/** A finalizeRequest middleware inside the retry loop that records each attempt's failure under `keyOf(input)`. */
function attemptRecorder(log: AttemptLog, keyOf: (input: Record<string, unknown>) => string): Middleware {
  return (next) => async (args) => {
    const key = keyOf(args.input);
    const errors = log.get(key) ?? [];
    log.set(key, errors);
    try {
      return await next(args);
    } catch (error) {
      errors.push(error);
      throw error;
    }
  };
}

interface Scenario {
  readonly operation: "CreateWorkloadShare" | "CreateProfilingGroup";
  readonly calls: number;
  readonly maxAttempts: number;
}

/** Runs one scenario and checks every invariant; returns the figures for further checks. */
async function runScenario({ operation, calls, maxAttempts }: Scenario, faultOptions: FaultOptions, seed: number) {
  const config: ClientConfig = localConfig(ep, { maxAttempts, requestTimeout: REQUEST_TIMEOUT_MS });
  const log: AttemptLog = new Map();
  const workloadId = ep.ids.wellArchitected.workloadId;
  const account = (i: number) => String(300000000000 + i);
  const group = (i: number) => `reliability-${i}`;
  let send: (i: number) => Promise<{ $metadata: { attempts?: number } }>;
  let destroy: () => void;
  let baseError: abstract new (...args: never[]) => unknown;
  if (operation === "CreateWorkloadShare") {
    const client = new WellArchitectedClient(config);
    client.middlewareStack.add(
      attemptRecorder(log, (input) => String(input.SharedWith)),
      { step: "finalizeRequest", name: "attemptRecorder", priority: "low" },
    );
    send = (i) =>
      client.send(new CreateWorkloadShareCommand({ WorkloadId: workloadId, SharedWith: account(i), PermissionType: "READONLY" }));
    destroy = () => client.destroy();
    baseError = WellArchitectedServiceException;
  } else {
    const client = new CodeGuruProfilerClient(config);
    client.middlewareStack.add(
      attemptRecorder(log, (input) => String(input.profilingGroupName)),
      { step: "finalizeRequest", name: "attemptRecorder", priority: "low" },
    );
    send = (i) => client.send(new CreateProfilingGroupCommand({ profilingGroupName: group(i) }));
    destroy = () => client.destroy();
    baseError = CodeGuruProfilerServiceException;
  }
  const keyOf = operation === "CreateWorkloadShare" ? account : group;
  // One call without faults loads the client's lazily imported modules (HTTP handler, signer), so the first
  // calls of the run do not time out on a cold start; then the endpoint forgets it.
  const faults = ep.stats().faults;
  expect(Object.values(faults).every((n) => n === 0)).toBe(true);
  await send(-1);
  ep.reset();
  finished = [];
  ep.setFaults(faultOptions, seed);

  const { outcomes, skipped } = await runPool(calls, CONCURRENCY, BUDGET_MS, send);
  destroy();
  // Delayed requests keep running on the server after the client gave up: wait until every request has finished.
  const settled = await waitUntil(
    () => finished.filter((l) => l.includes(` ${operation} `)).length === (ep.stats().requests[operation] ?? 0),
  );
  expect(settled).toBe(true);

  const stats = ep.stats();
  const createdNames =
    operation === "CreateWorkloadShare"
      ? new Set([...ep.state.wellArchitected.workloads.get(workloadId)!.shares.values()].map((s) => s.sharedWith))
      : new Set([...ep.state.codeGuruProfiler.groups.keys()].filter((n) => n.startsWith("reliability-")));
  const created = operation === "CreateWorkloadShare" ? stats.created.workloadShares : stats.created.profilingGroups;

  const failures = new Map<FailureKind | "untyped", number>();
  let succeeded = 0;
  let attempts = 0;
  const lostAnswers: number[] = [];
  const untyped: unknown[] = [];
  /** Failed calls by the number of attempts they made (fewer than maxAttempts: not retryable, or retry quota spent). */
  const failedAfterAttempts: Record<number, number> = {};
  for (const o of outcomes) {
    const key = keyOf(o.index);
    const attemptErrors = log.get(key) ?? [];
    if (o.ok) {
      succeeded++;
      attempts += o.value.$metadata.attempts ?? 0;
      // The output's attempt count agrees with what the retry loop did.
      expect(o.value.$metadata.attempts).toBe(attemptErrors.length + 1);
      expect(createdNames.has(key)).toBe(true);
      continue;
    }
    const kind = classifyFailure(o.error, baseError, `${operation}Command`);
    failures.set(kind ?? "untyped", (failures.get(kind ?? "untyped") ?? 0) + 1);
    if (kind === undefined) untyped.push(o.error);
    const failedAfter = (o.error as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 0;
    attempts += failedAfter;
    failedAfterAttempts[failedAfter] = (failedAfterAttempts[failedAfter] ?? 0) + 1;
    if (createdNames.has(key)) {
      // The effect happened but the caller saw a failure: only possible when some attempt lost its answer.
      lostAnswers.push(o.index);
      expect(attemptErrors.some(mayHaveLostAnswer)).toBe(true);
    }
  }
  const summary = {
    operation,
    calls: outcomes.length,
    skipped,
    maxAttempts,
    succeeded,
    failed: outcomes.length - succeeded,
    failures: Object.fromEntries(failures),
    failedAfterAttempts,
    attempts,
    retries: attempts - outcomes.length,
    endpointRequests: stats.requests[operation] ?? 0,
    created,
    lostAnswerFailures: lostAnswers.length,
    idempotentReplays: stats.idempotentReplays,
    faults: stats.faults,
  };
  console.log(`[reliability] ${JSON.stringify(summary)}`);

  expect(untyped).toEqual([]);
  expect(outcomes.length).toBeGreaterThan(0);
  // The endpoint's own count equals what exists, and equals the successes plus the failures whose answer was lost.
  expect(createdNames.size).toBe(created);
  expect(created).toBe(succeeded + lostAnswers.length);
  // A retry without its token would create a second resource or hit "already exists": neither happened.
  expect(stats.errors.ConflictException ?? 0).toBe(0);
  // Every attempt the server saw was one the client made (an attempt may time out before the server routes it).
  expect(summary.endpointRequests).toBeLessThanOrEqual(attempts);
  return summary;
}

describe("faults without duplicates", () => {
  it.each(["CreateWorkloadShare", "CreateProfilingGroup"] as const)(
    "1,000 %s calls under 20 percent faults: each succeeds or fails typed, no duplicates",
    async (operation) => {
      const seed = operation === "CreateWorkloadShare" ? 20240521 : 20240522;
      const s = await runScenario({ operation, calls: 1000, maxAttempts: 5 }, { rate: 0.2, kinds: ALL_KINDS, delayMs: DELAY_MS }, seed);
      // The faults that test idempotency were all injected, and tokens were replayed rather than run twice.
      expect(s.faults["reset-after"]).toBeGreaterThan(0);
      expect(s.faults.delay).toBeGreaterThan(0);
      expect(s.idempotentReplays).toBeGreaterThan(0);
      expect(s.retries).toBeGreaterThan(0);
      expect(unhandled).toBe(0);
    },
  );

  it("with only 2 attempts and 50 percent faults some calls fail, every failure is typed, and lost answers are accounted for", async () => {
    const s = await runScenario(
      { operation: "CreateProfilingGroup", calls: 200, maxAttempts: 2 },
      { rate: 0.5, kinds: ALL_KINDS, delayMs: DELAY_MS },
      7,
    );
    expect(s.failed).toBeGreaterThan(0);
    expect(unhandled).toBe(0);
  });
});
