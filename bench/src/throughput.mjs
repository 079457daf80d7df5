/**
 * Throughput: sequential `send()` calls per second through a stub HTTP handler that answers with a
 * canned response at once, so what is measured is the client itself: middleware, serialization,
 * SigV4 signing (the SHA-256s and HMACs included), retries bookkeeping and deserialization.
 */

import { median } from "./stats.mjs";
import { CREDENTIALS, OPERATIONS, SERVICES } from "./targets.mjs";

/** A request handler that returns the operation's canned response (a fresh headers object, the same bytes). */
function stubHandler(op) {
  const body = new TextEncoder().encode(op.response.body);
  const { statusCode, contentType } = op.response;
  return {
    handle: async () => ({
      response: { statusCode, headers: { "content-type": contentType, "x-amzn-requestid": "bench-request-id" }, body },
    }),
  };
}

/** Builds a client of one implementation for `op`, and a function that sends `op` once. */
async function setUp(impl, op) {
  const s = SERVICES[op.service];
  const mod = await import(s[impl]);
  const client = new mod[s.client]({ region: "us-east-1", credentials: CREDENTIALS, requestHandler: stubHandler(op) });
  const Command = mod[`${op.name}Command`];
  return { client, send: () => client.send(new Command(op.input)) };
}

/** Sends for at least `ms` milliseconds; returns sends per second. */
async function round(send, ms) {
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < 50; i++) await send();
    n += 50;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return (n * 1000) / elapsed;
}

/** What a successful output must hold, so a client that silently failed to parse cannot look fast. */
function checkOutput(op, impl, output) {
  if (output?.$metadata?.httpStatusCode !== op.response.statusCode) {
    throw new Error(`${impl} ${op.name}: unexpected output ${JSON.stringify(output)}`);
  }
  const expected = op.response.body ? Object.keys(JSON.parse(op.response.body))[0] : undefined;
  const key = op.name === "CreateProfilingGroup" ? "profilingGroup" : expected;
  if (key && output[key] === undefined) throw new Error(`${impl} ${op.name}: output lacks "${key}": ${JSON.stringify(output)}`);
}

/**
 * Measures the given operations: both clients warm up, then `rounds` rounds of `roundMs` each,
 * ours and official alternating (the first of the pair alternating too); reports median sends/s.
 */
export async function measureThroughput({
  operations = ["UpgradeProfileVersion", "UpdateEnvironment"],
  rounds = 7,
  roundMs = 400,
  warmupMs = 600,
  onProgress = () => {},
} = {}) {
  const rows = [];
  for (const name of operations) {
    const op = OPERATIONS.find((o) => o.name === name);
    const impls = { ours: await setUp("ours", op), official: await setUp("official", op) };
    for (const [impl, { send, client }] of Object.entries(impls)) {
      checkOutput(op, impl, await send());
      await round(send, warmupMs);
      client.destroy?.();
    }
    const samples = { ours: [], official: [] };
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 ? ["official", "ours"] : ["ours", "official"];
      for (const impl of order) samples[impl].push(await round(impls[impl].send, roundMs));
      onProgress(name, r + 1, rounds);
    }
    rows.push({ name, ours: median(samples.ours), official: median(samples.official) });
  }
  return { rounds, roundMs, rows };
}
