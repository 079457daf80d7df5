import { type LocalEndpoint, startLocalEndpoint } from "@slimsdk/local-endpoint";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clientConfig } from "./support/client-config.js";
import { type AnyClient, OPERATION_CASES } from "./support/operation-cases.js";

// A request signed more than 5 minutes off the server clock fails with InvalidSignatureException; the answer's
// Date header tells the client the server time, and the runtime corrects `systemClockOffset` and signs again.
const TEN_MINUTES = 10 * 60_000;
let ep: LocalEndpoint;
/** An endpoint whose own clock runs 10 minutes ahead of this machine's. */
let ahead: LocalEndpoint;

beforeAll(async () => {
  ep = await startLocalEndpoint({ port: 0 });
  ahead = await startLocalEndpoint({ port: 0, clock: () => Date.now() + TEN_MINUTES });
});

afterAll(async () => {
  await Promise.all([ep.close(), ahead.close()]);
});

beforeEach(() => {
  ep.reset();
  ahead.reset();
});

/** Runs `op` with a client whose clock is off by `offset`, returning the output and the client's corrected offset. */
async function callWithOffset(op: (typeof OPERATION_CASES)[number], endpoint: LocalEndpoint, offset: number) {
  let client: AnyClient | undefined;
  const out = await op.call(endpoint, clientConfig(endpoint, { systemClockOffset: offset }), (c) => {
    client = c;
  });
  return { out, corrected: client!.config.systemClockOffset };
}

describe.each(OPERATION_CASES)("$operation", (op) => {
  it.each([
    ["10 minutes ahead", TEN_MINUTES],
    ["10 minutes behind", -TEN_MINUTES],
  ])("a client clock %s is corrected from the Date header and the call succeeds on the second attempt", async (_, offset) => {
    const { out, corrected } = await callWithOffset(op, ep, offset);
    expect(out.$metadata).toMatchObject({ attempts: 2 });
    expect(out.$metadata.httpStatusCode).toBeLessThan(300);
    // The Date header has whole seconds, so the corrected offset is near zero, not exactly zero.
    expect(Math.abs(corrected)).toBeLessThan(60_000);
    expect(ep.stats().errors).toEqual({ InvalidSignatureException: 1 });
    expect(ep.stats().created[op.effect]).toBe(1);
  });
});

describe("a server clock 10 minutes ahead", () => {
  it.each(OPERATION_CASES)("$operation: the client learns the server's time and keeps it for later calls", async (op) => {
    const { out, corrected } = await callWithOffset(op, ahead, 0);
    expect(out.$metadata.attempts).toBe(2);
    expect(Math.abs(corrected - TEN_MINUTES)).toBeLessThan(60_000);
  });
});

it("a skew within 5 minutes needs no correction", async () => {
  const { out, corrected } = await callWithOffset(OPERATION_CASES[0]!, ep, 2 * 60_000);
  expect(out.$metadata.attempts).toBe(1);
  expect(corrected).toBe(2 * 60_000);
});
