import type { HttpRequest } from "@smithy/protocol-http";
import { describe, expect, it, vi } from "vitest";
import { Command } from "../command.js";
import type { RequestHandler } from "../http/request-handler.js";
import { FakeClient, StubHandler, testConfig, Upgrade$ } from "../testing/fakes.js";
import { AbortError, TimeoutError } from "./abort-error.js";
import { classifyError } from "./classify-error.js";
import { resolveRetryStrategy } from "./retry-strategy.js";

vi.mock("#platform", () => import("../platform/node.js"));

type Out = { $metadata: { attempts?: number; totalRetryDelay?: number } };
const upgrade = () => new Command<Record<string, unknown>, Out, "Fake">({ WorkloadId: "w" }, Upgrade$);
const errorBody = (type: string) => JSON.stringify({ __type: type });

/** Records every sleep instead of waiting. */
function sleeps() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe("retries", () => {
  it("retries 5xx with jittered exponential backoff and reports attempts and delay", async () => {
    const handler = new StubHandler([{ status: 500 }, { status: 503 }, { status: 200, body: "{}" }]);
    const { waits, sleep } = sleeps();
    const out = await new FakeClient(testConfig(handler, { retryStrategy: { sleep, random: () => 0.5 } })).send(upgrade());
    expect(waits).toEqual([50, 100]);
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 3, totalRetryDelay: 150 });
  });

  it("retries 429 and throttling codes, not other 4xx", async () => {
    const h429 = new StubHandler([{ status: 429 }, { status: 200, body: "{}" }]);
    expect((await new FakeClient(testConfig(h429)).send(upgrade())).$metadata.attempts).toBe(2);
    const throttled = new StubHandler([
      { status: 400, body: errorBody("ThrottlingException") },
      { status: 200, body: "{}" },
    ]);
    expect((await new FakeClient(testConfig(throttled)).send(upgrade())).$metadata.attempts).toBe(2);
    const h400 = new StubHandler([{ status: 400, body: errorBody("ValidationException") }]);
    const err = await new FakeClient(testConfig(h400)).send(upgrade()).catch((e) => e);
    expect(err.name).toBe("ValidationException");
    expect(err.$metadata).toMatchObject({ httpStatusCode: 400, attempts: 1, totalRetryDelay: 0 });
    expect(h400.requests).toHaveLength(1);
  });

  it("stops after maxAttempts and reports them on the error", async () => {
    const handler = new StubHandler([{ status: 502 }]);
    const err = await new FakeClient(testConfig(handler, { maxAttempts: 4 })).send(upgrade()).catch((e) => e);
    expect(handler.requests).toHaveLength(4);
    expect(err.$metadata).toMatchObject({ httpStatusCode: 502, attempts: 4, totalRetryDelay: 50 + 100 + 200 });
    const once = new StubHandler([{ status: 502 }]);
    await new FakeClient(testConfig(once, { maxAttempts: 1 })).send(upgrade()).catch(() => {});
    expect(once.requests).toHaveLength(1);
  });

  it("retries connection errors but not programming errors", async () => {
    const reset = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    const handler = new StubHandler([reset, { status: 200, body: "{}" }]);
    expect((await new FakeClient(testConfig(handler)).send(upgrade())).$metadata.attempts).toBe(2);
    const broken = new StubHandler([new TypeError("boom")]);
    const err = await new FakeClient(testConfig(broken)).send(upgrade()).catch((e) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect(err.$metadata).toEqual({ attempts: 1, totalRetryDelay: 0 });
  });

  it("uses injected shouldRetry and computeDelay hooks", async () => {
    const handler = new StubHandler([
      { status: 400, body: errorBody("Custom") },
      { status: 200, body: "{}" },
    ]);
    const { waits, sleep } = sleeps();
    const retryStrategy = { sleep, shouldRetry: (e: unknown) => (e as Error).name === "Custom", computeDelay: (n: number) => n * 7 };
    const out = await new FakeClient(testConfig(handler, { retryStrategy })).send(upgrade());
    expect(out.$metadata).toMatchObject({ attempts: 2, totalRetryDelay: 7 });
    expect(waits).toEqual([7]);
  });

  it("caps the backoff at 20 s", () => {
    const s = resolveRetryStrategy({ random: () => 0.999 });
    expect(s.computeDelay(1, undefined)).toBe(99);
    expect(s.computeDelay(30, undefined)).toBe(19980);
  });

  it("stops retrying when the retry quota is spent", async () => {
    const handler = new StubHandler([{ status: 500 }]);
    const client = new FakeClient(testConfig(handler, { maxAttempts: 2 }));
    for (let i = 0; i < 100; i++) await client.send(upgrade()).catch(() => {});
    expect(handler.requests).toHaveLength(200);
    const err = await client.send(upgrade()).catch((e) => e);
    expect(err.$metadata.attempts).toBe(1);
  });

  it("rejects a bad maxAttempts at construction", () => {
    expect(() => new FakeClient({ maxAttempts: 0 })).toThrow("maxAttempts must be an integer >= 1, got 0.");
  });

  it("classifies errors like the standard mode", () => {
    expect(classifyError({ name: "X", $retryable: { throttling: true } })).toBe("throttling");
    expect(classifyError({ name: "X", $retryable: { throttling: false } })).toBe("transient");
    expect(classifyError({ name: "X", $metadata: { httpStatusCode: 504 } })).toBe("transient");
    expect(classifyError({ name: "X", $metadata: { httpStatusCode: 501 } })).toBeUndefined();
    expect(classifyError({ name: "TimeoutError" })).toBe("timeout");
    expect(classifyError({ name: "Error", code: "EPIPE" })).toBe("timeout");
    expect(classifyError({ name: "SlowDown" })).toBe("throttling");
    expect(classifyError("nope")).toBeUndefined();
  });
});

/** A handler whose requests never finish on their own (they only end when aborted). */
class HangingHandler implements RequestHandler {
  readonly signals: (AbortSignal | undefined)[] = [];
  readonly timeouts: (number | undefined)[] = [];
  handle(_request: HttpRequest, options?: { abortSignal?: AbortSignal; requestTimeout?: number }) {
    this.signals.push(options?.abortSignal);
    this.timeouts.push(options?.requestTimeout);
    return new Promise<never>(() => {});
  }
}

describe("abort and timeout", () => {
  it("an abort during a request rejects at once with AbortError and aborts the handler's signal", async () => {
    const handler = new HangingHandler();
    const controller = new AbortController();
    const promise = new FakeClient(testConfig(handler)).send(upgrade(), { abortSignal: controller.signal });
    await vi.waitFor(() => expect(handler.signals).toHaveLength(1));
    controller.abort();
    const err = await promise.catch((e) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect(err.message).toBe("UpgradeProfileVersionCommand was aborted.");
    expect(err.$metadata).toEqual({ attempts: 1, totalRetryDelay: 0 });
    expect(handler.signals[0]!.aborted).toBe(true);
  });

  it("an abort during backoff stops the pending retries", async () => {
    const handler = new StubHandler([{ status: 500 }]);
    const controller = new AbortController();
    const sleep = () => {
      controller.abort(new Error("user gave up"));
      return new Promise<void>(() => {});
    };
    const err = await new FakeClient(testConfig(handler, { retryStrategy: { sleep } }))
      .send(upgrade(), { abortSignal: controller.signal })
      .catch((e) => e);
    expect(err.name).toBe("AbortError");
    expect(err.cause.message).toBe("user gave up");
    expect(handler.requests).toHaveLength(1);
  });

  it("the default sleep really waits, and is abortable", async () => {
    const handler = new StubHandler([{ status: 500 }]);
    const controller = new AbortController();
    const client = new FakeClient({ ...testConfig(handler), retryStrategy: { computeDelay: () => 60_000 } });
    const promise = client.send(upgrade(), { abortSignal: controller.signal });
    await vi.waitFor(() => expect(handler.requests).toHaveLength(1));
    controller.abort();
    await expect(promise).rejects.toMatchObject({ name: "AbortError" });
    expect(handler.requests).toHaveLength(1);
  });

  it("the default sleep frees its timer on abort", async () => {
    vi.useFakeTimers();
    try {
      const controller = new AbortController();
      const waiting = resolveRetryStrategy().sleep(60_000, controller.signal);
      expect(vi.getTimerCount()).toBe(1);
      controller.abort();
      await waiting;
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("an abort leaves no request-timeout timer behind, even if the handler ignores it", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const handler = new HangingHandler();
      const controller = new AbortController();
      const promise = new FakeClient(testConfig(handler, { requestTimeout: 60_000 })).send(upgrade(), { abortSignal: controller.signal });
      await vi.waitFor(() => expect(handler.signals).toHaveLength(1));
      expect(vi.getTimerCount()).toBe(1);
      controller.abort();
      await expect(promise).rejects.toMatchObject({ name: "AbortError" });
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a request timeout fails the attempt with a retryable TimeoutError", async () => {
    const handler = new HangingHandler();
    const err = await new FakeClient(testConfig(handler, { requestTimeout: 5, maxAttempts: 2 })).send(upgrade()).catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.name).toBe("TimeoutError");
    expect(err.message).toBe("UpgradeProfileVersionCommand timed out: no complete response within 5 ms (requestTimeout).");
    expect(err.$metadata.attempts).toBe(2);
    expect(handler.timeouts).toEqual([5, 5]);
    expect(handler.signals.every((s) => s?.aborted)).toBe(true);
  });

  it("the send option overrides the client's requestTimeout", async () => {
    const handler = new HangingHandler();
    const client = new FakeClient(testConfig(handler, { requestTimeout: 60_000, maxAttempts: 1 }));
    await expect(client.send(upgrade(), { requestTimeout: 3 })).rejects.toMatchObject({ name: "TimeoutError" });
    expect(handler.timeouts).toEqual([3]);
  });
});
