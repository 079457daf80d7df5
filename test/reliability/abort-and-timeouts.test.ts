/**
 * Cancellation and timeouts over real HTTP: an abort signal stops an in-flight call and its pending
 * retries at once with an `AbortError`; a per-request timeout (client config or per `send()`) fails an
 * attempt with a `TimeoutError`, which is retried. Plus one stub-handler case: an attempt abandoned by its
 * timeout before it reached the network must never send its request later.
 */
import { CodeGuruProfilerClient, CreateProfilingGroupCommand } from "@slimsdk/client-codeguru-profiling";
import { type LocalEndpoint, startLocalEndpoint } from "@slimsdk/local-endpoint";
import { AbortError, type ClientConfig, classifyError, TimeoutError } from "@slimsdk/runtime";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LOCAL_CREDENTIALS, localConfig, waitUntil } from "./helpers/local-clients.js";
import { StubHandler } from "./helpers/stub-handler.js";

const OP = "CreateProfilingGroup";
let ep: LocalEndpoint;
/** Lines the endpoint logged, one per finished request (answered or reset). */
let finished: string[] = [];
const requests = () => ep.stats().requests[OP] ?? 0;
const answered = () => finished.filter((l) => l.includes(` ${OP} `)).length;
const group = (name: string) => new CreateProfilingGroupCommand({ profilingGroupName: name });

beforeAll(async () => {
  ep = await startLocalEndpoint({ port: 0, logger: { info: (line: string) => void finished.push(line) } });
});
afterAll(() => ep.close());
beforeEach(() => {
  ep.reset();
  finished = [];
});
afterEach(async () => {
  // A delayed request keeps running on the server after the client gave up; let it finish before the next test.
  await waitUntil(() => answered() === requests(), 1000);
});

/** A client whose retry strategy records every error it is asked about (and decides as the default would). */
function recordingClient(extra: ClientConfig = {}) {
  const seen: unknown[] = [];
  const client = new CodeGuruProfilerClient(
    localConfig(ep, {
      maxAttempts: 3,
      retryStrategy: {
        computeDelay: () => 1,
        shouldRetry: (error) => {
          seen.push(error);
          return classifyError(error) !== undefined;
        },
      },
      ...extra,
    }),
  );
  return { client, seen };
}

describe("abortSignal", () => {
  it("cancels an in-flight call at once, without waiting for the answer, and without retrying", async () => {
    const client = new CodeGuruProfilerClient(localConfig(ep, { maxAttempts: 3 }));
    ep.failNext(1, "delay", { operation: OP, delayMs: 1500 });
    const controller = new AbortController();
    const call = client.send(group("aborted-in-flight"), { abortSignal: controller.signal });
    expect(await waitUntil(() => requests() === 1)).toBe(true);
    controller.abort();
    const error = await call.catch((e: unknown) => e);
    // The server is still holding its answer: the call did not wait for it.
    expect(answered()).toBe(0);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ name: "AbortError", message: "CreateProfilingGroupCommand was aborted.", $metadata: { attempts: 1 } });
    // The abandoned request finishes on the server; no other attempt was made.
    expect(await waitUntil(() => answered() === 1, 1000)).toBe(true);
    expect(requests()).toBe(1);
    client.destroy();
  });

  it("stops a call waiting to retry: no further attempt reaches the endpoint", async () => {
    let backoffs = 0;
    const client = new CodeGuruProfilerClient(
      localConfig(ep, {
        maxAttempts: 5,
        retryStrategy: {
          computeDelay: () => {
            backoffs++;
            return 60_000;
          },
        },
      }),
    );
    ep.failNext(1, "internal", { operation: OP });
    const controller = new AbortController();
    const call = client.send(group("aborted-in-backoff"), { abortSignal: controller.signal });
    expect(await waitUntil(() => backoffs === 1)).toBe(true);
    const reason = new Error("the user gave up");
    controller.abort(reason);
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ message: "CreateProfilingGroupCommand was aborted.", cause: reason, $metadata: { attempts: 1 } });
    // Give a wrongly scheduled retry every chance to show up.
    await new Promise((r) => setTimeout(r, 100));
    expect(requests()).toBe(1);
    expect(backoffs).toBe(1);
    expect(ep.stats().created.profilingGroups).toBe(0);
    client.destroy();
  });

  it("rejects a call whose signal is already aborted without sending anything", async () => {
    const client = new CodeGuruProfilerClient(localConfig(ep));
    const error = await client.send(group("never-sent"), { abortSignal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).message).toContain("CreateProfilingGroupCommand");
    expect(requests()).toBe(0);
  });
});

describe("requestTimeout", () => {
  it("from the client config: a slow attempt fails with a TimeoutError and is retried with the same token", async () => {
    const { client, seen } = recordingClient({ requestTimeout: 500 });
    ep.failNext(1, "delay", { operation: OP, delayMs: 1500 });
    const out = await client.send(group("timed-out-once"));
    expect(seen[0]).toBeInstanceOf(TimeoutError);
    expect(seen[0]).toMatchObject({
      name: "TimeoutError",
      message: "CreateProfilingGroupCommand timed out: no complete response within 500 ms (requestTimeout).",
    });
    expect(out.$metadata.attempts).toBe(seen.length + 1);
    expect(out.profilingGroup.name).toBe("timed-out-once");
    // The slow first attempt still runs on the server, but as a replay of the retry's token: one group, not two.
    expect(await waitUntil(() => answered() === requests(), 1000)).toBe(true);
    expect(ep.stats().created.profilingGroups).toBe(1);
    expect(ep.stats().idempotentReplays).toBe(1);
    client.destroy();
  });

  it("per send(): overrides the client's value, and after the last attempt the TimeoutError is what the caller gets", async () => {
    const { client, seen } = recordingClient({ requestTimeout: 60_000, maxAttempts: 1 });
    ep.failNext(1, "delay", { operation: OP, delayMs: 1500 });
    const error = await client.send(group("timed-out"), { requestTimeout: 400 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({
      message: "CreateProfilingGroupCommand timed out: no complete response within 400 ms (requestTimeout).",
      $metadata: { attempts: 1 },
    });
    expect(seen).toEqual([]); // maxAttempts 1: nothing to decide
    client.destroy();
  });

  it("per send() without a client value: the timed-out attempt is retried", async () => {
    const { client, seen } = recordingClient();
    ep.failNext(1, "delay", { operation: OP, delayMs: 1500 });
    const out = await client.send(group("per-send"), { requestTimeout: 400 });
    expect(seen[0]).toBeInstanceOf(TimeoutError);
    expect(out.$metadata.attempts).toBeGreaterThanOrEqual(2);
    client.destroy();
  });
});

describe("abandoned attempts", () => {
  it("an attempt that timed out before reaching the network never sends its request afterwards", async () => {
    // Credentials arrive late, so the first attempts time out while signing; then all of them resume at once.
    let release: () => void = () => {};
    const late = new Promise<void>((r) => {
      release = r;
    });
    const handler = new StubHandler(() => ({
      statusCode: 201,
      headers: { "content-type": "application/json" },
      body: new TextEncoder().encode('{"name":"g"}'),
    }));
    const seen: unknown[] = [];
    const client = new CodeGuruProfilerClient({
      region: "us-east-1",
      credentials: async () => {
        await late;
        return LOCAL_CREDENTIALS;
      },
      requestHandler: handler,
      maxAttempts: 3,
      requestTimeout: 30,
      retryStrategy: {
        computeDelay: () => 1,
        shouldRetry: (e) => {
          seen.push(e);
          if (seen.length === 2) release(); // the third attempt finds the credentials ready
          return true;
        },
      },
    });
    const out = await client.send(group("g"));
    expect(seen.map((e) => (e as Error).name)).toEqual(["TimeoutError", "TimeoutError"]);
    expect(out.$metadata.attempts).toBe(3);
    // Give the abandoned attempts time to (wrongly) go on.
    await new Promise((r) => setTimeout(r, 50));
    expect(handler.requests.map((r) => r.headers["amz-sdk-request"])).toEqual(["attempt=3; max=3"]);
  });
});
