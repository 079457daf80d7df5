/**
 * Property-based: every operation's deserializer is fed broken responses through a stub request handler
 * (no network, one attempt): truncated or invalid JSON, wrong types at any depth, HTML, invalid UTF-8,
 * random bytes, odd content types, unknown error codes, missing or random headers, every status. Each must
 * end as a typed output (2xx) or a typed error of the service carrying the status and the raw response —
 * never a TypeError, SyntaxError or RangeError.
 */
import { type ClientConfig, ServiceException } from "@slimsdk/runtime";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GeneratedResponse, responseArb } from "./helpers/malformed-responses.js";
import { OPERATIONS, type OperationCaller, type OperationCase } from "./helpers/operations.js";
import { StubHandler, type StubResponse } from "./helpers/stub-handler.js";

const RUNS_PER_PROTOCOL = 2000;
const INPUT: Record<string, Record<string, unknown>> = {
  UpgradeProfileVersion: { WorkloadId: "0".repeat(32), ProfileArn: "arn:aws:wellarchitected:us-east-1:123456789012:profile/abc" },
  CreateWorkloadShare: { WorkloadId: "0".repeat(32), SharedWith: "123456789012", PermissionType: "READONLY" },
  UpdateEnvironment: { name: "dev", deploymentType: "NONE" },
  StartResourceStateUpdate: { resourceArn: "arn:aws:imagebuilder:us-east-1:123456789012:image/a/1.0.0/1", state: { status: "AVAILABLE" } },
  CreateProfilingGroup: { profilingGroupName: "g" },
};

/** A caller of `op` whose every request is answered with whatever `current()` holds, once (maxAttempts 1). */
function stubCaller(op: OperationCase, current: () => StubResponse): { caller: OperationCaller; handler: StubHandler } {
  // A fresh copy per answer, so a runtime that mutated the bytes could not hide it.
  const handler = new StubHandler(() => {
    const r = current();
    return { statusCode: r.statusCode, headers: { ...r.headers }, body: r.body.slice() };
  });
  const config: ClientConfig = {
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDSTUB", secretAccessKey: "stub-secret" },
    requestHandler: handler,
    maxAttempts: 1,
  };
  const caller = op.caller(config);
  // Signing is not what is under test here, and costs a fifth of each call; without it the runs stay fast.
  caller.middlewareStack.remove("signingMiddleware");
  return { caller, handler };
}

const bytesEqual = (a: Uint8Array, b: Uint8Array) => a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;

/** What one call gave, for the summary: `output`, or the error's name. */
type Verdict = string;

/**
 * Checks the outcome of one call against the response that was sent; throws a descriptive Error on any
 * violation (so fast-check shrinks it and shows the response).
 */
function verify(op: OperationCase, sent: StubResponse & { mustSucceed?: boolean }, outcome: { value?: unknown; error?: unknown }): Verdict {
  const ok = sent.statusCode >= 200 && sent.statusCode < 300;
  if (!("error" in outcome)) {
    const meta = (outcome.value as { $metadata?: { httpStatusCode?: number } }).$metadata;
    if (!ok) throw new Error(`HTTP ${sent.statusCode} resolved as an output`);
    if (meta?.httpStatusCode !== sent.statusCode) throw new Error(`output $metadata.httpStatusCode is ${meta?.httpStatusCode}`);
    return "output";
  }
  const e = outcome.error;
  if (!(e instanceof ServiceException) || !(e instanceof op.baseError)) {
    throw new Error(`untyped error: ${e instanceof Error ? `${e.constructor.name} ${e.name}: ${e.message}\n${e.stack}` : String(e)}`);
  }
  if (sent.mustSucceed) throw new Error(`a well-typed ${sent.statusCode} output was rejected: ${e.name}: ${e.message}`);
  if (e.$metadata.httpStatusCode !== sent.statusCode) throw new Error(`$metadata.httpStatusCode ${e.$metadata.httpStatusCode}`);
  const raw = e.$response;
  if (!raw || raw.statusCode !== sent.statusCode) throw new Error("$response missing or with another status");
  if (!bytesEqual(raw.body, sent.body)) throw new Error("$response.body differs from the bytes sent");
  const lower = Object.fromEntries(Object.entries(sent.headers).map(([k, v]) => [k.toLowerCase(), v]));
  if (JSON.stringify(raw.headers) !== JSON.stringify(lower)) throw new Error(`$response.headers ${JSON.stringify(raw.headers)}`);
  if (typeof e.name !== "string" || e.name === "" || typeof e.message !== "string") throw new Error("error without name or message");
  if (e.$fault !== "client" && e.$fault !== "server") throw new Error(`$fault ${String(e.$fault)}`);
  // What users do with errors must not throw either.
  void String(e);
  void JSON.stringify(e);
  return e.name;
}

/** Sends one call and returns its outcome without throwing. */
async function call(caller: OperationCaller, input: Record<string, unknown>): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await caller.send(input) };
  } catch (error) {
    return { error };
  }
}

/** Tallies verdicts per body kind, for the printed summary. */
function tally(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

describe.each(["restJson1", "awsJson1_0"] as const)("malformed responses, %s", (protocol) => {
  const ops = OPERATIONS.filter((o) => o.protocol === protocol);

  it(`${RUNS_PER_PROTOCOL} random responses: each ends as an output or a typed error with status and raw response`, async () => {
    let current: GeneratedResponse | undefined;
    const callers = new Map(ops.map((op) => [op.name, stubCaller(op, () => current!).caller]));
    const counts = new Map<string, number>();
    const arb = fc.constantFrom(...ops).chain((op) => responseArb(op.schema, protocol).map((response) => ({ op, response })));
    await fc.assert(
      fc.asyncProperty(arb, async ({ op, response }) => {
        current = response;
        const verdict = verify(op, response, await call(callers.get(op.name)!, INPUT[op.name]!));
        tally(counts, `${response.kind}→${verdict === "output" ? "output" : "error"}`);
      }),
      { numRuns: RUNS_PER_PROTOCOL, seed: 4242 },
    );
    console.log(`[reliability] ${protocol} malformed responses: ${JSON.stringify(Object.fromEntries([...counts].sort()))}`);
    // Both ends were reached: some responses parsed, and every body kind produced typed errors.
    expect([...counts.keys()].some((k) => k.endsWith("→output"))).toBe(true);
    for (const kind of ["empty", "truncated-json", "invalid-utf8", "not-json", "html", "random-bytes", "mistyped-output", "error-body"]) {
      expect([...counts.keys()]).toContain(`${kind}→error`);
    }
  });

  it.each(ops.map((o) => [o.name, o] as const))("%s: an empty body with every status from 100 to 599, no headers", async (_, op) => {
    let current: StubResponse = { statusCode: 200, headers: {}, body: new Uint8Array(0) };
    const { caller, handler } = stubCaller(op, () => current);
    const verdicts = new Map<string, number>();
    for (let status = 100; status <= 599; status++) {
      current = { statusCode: status, headers: {}, body: new Uint8Array(0) };
      const verdict = verify(op, current, await call(caller, INPUT[op.name]!));
      tally(verdicts, verdict === "output" ? "output" : "error");
    }
    expect(handler.calls).toBe(500);
    // Only 2xx statuses may resolve; without a body or an error code, others are named UnknownError.
    expect(verdicts.get("output") ?? 0).toBeLessThanOrEqual(100);
    expect(verdicts.get("error")).toBeGreaterThanOrEqual(400);
  });
});

describe("huge bodies", () => {
  const MB = 1024 * 1024;
  /** A 2xx body with a multi-megabyte string in a valid place, per operation (the Unit output ignores its body). */
  const hugeValid: Record<string, () => unknown> = {
    UpgradeProfileVersion: () => ({ anything: "x".repeat(2 * MB) }),
    CreateWorkloadShare: () => ({ WorkloadId: "a".repeat(2 * MB), ShareId: "b" }),
    UpdateEnvironment: () => ({ environment: { name: "e", description: "d".repeat(2 * MB), deploymentStatus: "SUCCEEDED" } }),
    StartResourceStateUpdate: () => ({ lifecycleExecutionId: "l".repeat(2 * MB) }),
    CreateProfilingGroup: () => ({
      name: "g",
      tags: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, "v".repeat(100)])),
    }),
  };

  it.each(OPERATIONS.map((o) => [o.name, o] as const))(
    "%s: multi-megabyte valid, garbage, HTML, deeply nested and error bodies",
    async (_, op) => {
      const okStatus = op.schema.http?.code ?? 200;
      const random = new Uint8Array(2 * MB);
      for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
      const depth = 300_000;
      const cases: (StubResponse & { mustSucceed: boolean })[] = [
        {
          statusCode: okStatus,
          headers: { "content-type": "application/json" },
          body: Buffer.from(JSON.stringify(hugeValid[op.name]!())),
          mustSucceed: true,
        },
        { statusCode: okStatus, headers: {}, body: random, mustSucceed: op.name === "UpgradeProfileVersion" },
        { statusCode: 500, headers: { "content-type": "application/octet-stream" }, body: random, mustSucceed: false },
        {
          statusCode: 502,
          headers: { "content-type": "text/html" },
          body: Buffer.from(`<html><body>${"<p>Bad Gateway</p>".repeat(120_000)}</body></html>`),
          mustSucceed: false,
        },
        {
          statusCode: okStatus,
          headers: {},
          body: Buffer.from(`${"[".repeat(depth)}${"]".repeat(depth)}`),
          mustSucceed: op.name === "UpgradeProfileVersion",
        },
        {
          statusCode: okStatus,
          headers: {},
          body: Buffer.from(`{"a":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`),
          mustSucceed: op.name === "UpgradeProfileVersion",
        },
        {
          statusCode: 400,
          headers: {},
          body: Buffer.from(`{"__type":"ValidationException","message":"${"m".repeat(2 * MB)}"}`),
          mustSucceed: false,
        },
      ];
      let current = cases[0]!;
      const { caller } = stubCaller(op, () => current);
      const verdicts: Verdict[] = [];
      for (const c of cases) {
        current = c;
        verdicts.push(verify(op, c, await call(caller, INPUT[op.name]!)));
      }
      expect(verdicts[0]).toBe("output");
      expect(verdicts.slice(2, 4).every((v) => v !== "output")).toBe(true);
      expect(verdicts[6]).not.toBe("output");
    },
  );
});
