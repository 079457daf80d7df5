/**
 * Event streams over real HTTP on 127.0.0.1, through clients generated from fixture copies of Lambda's
 * InvokeWithResponseStream, Bedrock Runtime's ConverseStream (and an input stream in the shape of
 * InvokeModelWithBidirectionalStream) and CloudWatch Logs' StartLiveTail. The server writes frames with its
 * own encoder and checks the client's signed frames with its own SigV4 code.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CREDENTIALS, verifyFrameSignatures, verifyRequestSignature } from "./support/event-signatures.js";
import { decodeFrames, encodeFrame } from "./support/frames.js";
import { type ClientModule, generateStreamingClients } from "./support/generated-clients.js";
import { startServer, type TestServer } from "./support/test-server.js";

vi.mock("@slimsdk/runtime", () => import("../../packages/runtime/src/index.js"));

let clients: Record<"lambda" | "bedrock" | "logs", ClientModule>;
let server: TestServer;
let lambda: any;
let bedrock: any;
let logs: any;

beforeAll(async () => {
  clients = await generateStreamingClients();
  server = await startServer();
  const config = { region: "us-east-1", credentials: CREDENTIALS, endpoint: server.url };
  lambda = new clients.lambda.LambdaStreamsClient(config);
  bedrock = new clients.bedrock.BedrockStreamsClient(config);
  logs = new clients.logs.LogsStreamsClient(config);
});
afterAll(async () => {
  for (const c of [lambda, bedrock, logs]) c?.destroy();
  await server?.close();
});

const event = (type: string, body: string | Uint8Array, contentType = "application/json") =>
  encodeFrame({ ":message-type": "event", ":event-type": type, ":content-type": contentType }, body);

/** Serves the frames (then optionally raw bytes and a reset) as an event-stream response; resolves when the socket closes. */
function serveFrames(frames: Buffer[], options: { tail?: Buffer; reset?: boolean; hold?: boolean; headers?: Record<string, string> } = {}) {
  let closed!: () => void;
  const done = new Promise<void>((r) => (closed = r));
  server.route = async (_req, res, body) => {
    await body();
    res.on("close", () => closed());
    res.writeHead(200, { "content-type": "application/vnd.amazon.eventstream", ...options.headers });
    for (const f of frames) res.write(f);
    if (options.tail) res.write(options.tail);
    if (options.reset) setImmediate(() => res.socket?.destroy());
    else if (!options.hold) res.end();
  };
  return done;
}

describe("event streams out (InvokeWithResponseStream)", () => {
  it("yields typed events: @eventPayload blobs and JSON event bodies; other members come from headers", async () => {
    serveFrames(
      [
        event("PayloadChunk", "Hello, ", "application/octet-stream"),
        event("PayloadChunk", "world", "application/octet-stream"),
        event("InvokeComplete", JSON.stringify({ LogResult: "bG9n" })),
      ],
      { headers: { "x-amz-executed-version": "$LATEST" } },
    );
    const out = await lambda.send(new clients.lambda.InvokeWithResponseStreamCommand({ FunctionName: "f", Payload: "{}" }));
    expect(out.ExecutedVersion).toBe("$LATEST");
    expect(out.StatusCode).toBe(200);
    const events: any[] = [];
    for await (const e of out.EventStream) events.push(e);
    expect(events.map((e) => Object.keys(e)[0])).toEqual(["PayloadChunk", "PayloadChunk", "InvokeComplete"]);
    expect(new TextDecoder().decode(events[0].PayloadChunk.Payload) + new TextDecoder().decode(events[1].PayloadChunk.Payload)).toBe(
      "Hello, world",
    );
    expect(events[2].InvokeComplete).toEqual({ LogResult: "bG9n" });
  });

  it("a torn frame (connection reset mid-frame) fails with a typed error that keeps the bytes received, after the whole events", async () => {
    const whole = event("PayloadChunk", "first", "application/octet-stream");
    const torn = event("PayloadChunk", "second, never complete", "application/octet-stream");
    const closed = serveFrames([whole], { tail: torn.subarray(0, 20), reset: true });
    const out = await lambda.send(new clients.lambda.InvokeWithResponseStreamCommand({ FunctionName: "f" }));
    const events: any[] = [];
    const error = await (async () => {
      for await (const e of out.EventStream) events.push(e);
    })().catch((e: any) => e);
    expect(events).toHaveLength(1);
    expect(error).toBeInstanceOf(clients.lambda.LambdaStreamsServiceException);
    expect(error.name).toBe("MalformedResponseError");
    expect(error.message).toMatch(/20 bytes of a message|ended 20 bytes/);
    expect(Buffer.from(error.$response.body)).toEqual(torn.subarray(0, 20));
    await closed;
  });

  it("a frame whose body ends cleanly mid-frame fails the same way", async () => {
    const torn = event("PayloadChunk", "cut short", "application/octet-stream");
    serveFrames([], { tail: torn.subarray(0, torn.length - 3) });
    const out = await lambda.send(new clients.lambda.InvokeWithResponseStreamCommand({ FunctionName: "f" }));
    const error = await (async () => {
      for await (const _ of out.EventStream);
    })().catch((e: any) => e);
    expect(error.name).toBe("MalformedResponseError");
    expect(error.$response.body.length).toBe(torn.length - 3);
  });

  it("a bad message CRC fails with a typed error holding that frame; events before it were delivered", async () => {
    const bad = Buffer.from(event("PayloadChunk", "corrupt", "application/octet-stream"));
    bad[bad.length - 1]! ^= 0xff;
    serveFrames([event("PayloadChunk", "ok", "application/octet-stream"), bad]);
    const out = await lambda.send(new clients.lambda.InvokeWithResponseStreamCommand({ FunctionName: "f" }));
    const events: any[] = [];
    const error = await (async () => {
      for await (const e of out.EventStream) events.push(e);
    })().catch((e: any) => e);
    expect(events).toHaveLength(1);
    expect(error.name).toBe("MalformedResponseError");
    expect(error.message).toMatch(/checksum/);
    expect(Buffer.from(error.$response.body)).toEqual(bad);
  });

  it("a consumer that breaks out of the loop closes the connection", async () => {
    const closed = serveFrames([event("PayloadChunk", "a", "application/octet-stream")], { hold: true });
    const out = await lambda.send(new clients.lambda.InvokeWithResponseStreamCommand({ FunctionName: "f" }));
    for await (const _ of out.EventStream) break;
    await closed;
  });

  it("an abort of the caller's signal stops a stream that is waiting for frames", async () => {
    const closed = serveFrames([event("PayloadChunk", "a", "application/octet-stream")], { hold: true });
    const controller = new AbortController();
    const out = await lambda.send(new clients.lambda.InvokeWithResponseStreamCommand({ FunctionName: "f" }), {
      abortSignal: controller.signal,
    });
    const iterator = out.EventStream[Symbol.asyncIterator]();
    expect((await iterator.next()).done).toBe(false);
    const pending = iterator.next();
    controller.abort();
    expect((await pending.catch((e: Error) => e)).name).toBe("AbortError");
    await closed;
  });
});

describe("event streams out with exception events (ConverseStream)", () => {
  it("yields the typed events, then throws a modeled exception event as its error class", async () => {
    serveFrames([
      event("messageStart", JSON.stringify({ role: "assistant" })),
      event("contentBlockDelta", JSON.stringify({ delta: { text: "Hel" }, contentBlockIndex: 0 })),
      event("contentBlockDelta", JSON.stringify({ delta: { text: "lo" }, contentBlockIndex: 0 })),
      event("messageStop", JSON.stringify({ stopReason: "end_turn" })),
      event("metadata", JSON.stringify({ usage: { inputTokens: 3, outputTokens: 2, totalTokens: 5 }, metrics: { latencyMs: 12 } })),
      encodeFrame(
        { ":message-type": "exception", ":exception-type": "modelStreamErrorException", ":content-type": "application/json" },
        JSON.stringify({ message: "model failed", originalStatusCode: 503 }),
      ),
    ]);
    const out = await bedrock.send(
      new clients.bedrock.ConverseStreamCommand({ modelId: "m", messages: [{ role: "user", content: [{ text: "hi" }] }] }),
    );
    const text: string[] = [];
    const kinds: string[] = [];
    const error = await (async () => {
      for await (const e of out.stream) {
        kinds.push(Object.keys(e)[0]!);
        if (e.contentBlockDelta) text.push(e.contentBlockDelta.delta.text);
        if (e.metadata) expect(e.metadata.usage.totalTokens).toBe(5);
      }
    })().catch((e: any) => e);
    expect(kinds).toEqual(["messageStart", "contentBlockDelta", "contentBlockDelta", "messageStop", "metadata"]);
    expect(text.join("")).toBe("Hello");
    expect(error).toBeInstanceOf(clients.bedrock.ModelStreamErrorException);
    expect(error.message).toBe("model failed");
    expect(error.originalStatusCode).toBe(503);
    expect(error.$fault).toBe("client");
    expect(error.$metadata.httpStatusCode).toBe(200);
  });

  it("throws an `error` message as the service's base exception named by its code", async () => {
    serveFrames([encodeFrame({ ":message-type": "error", ":error-code": "InternalFailure", ":error-message": "boom" })]);
    const out = await bedrock.send(new clients.bedrock.ConverseStreamCommand({ modelId: "m" }));
    const error = await (async () => {
      for await (const _ of out.stream);
    })().catch((e: any) => e);
    expect(error).toBeInstanceOf(clients.bedrock.BedrockStreamsServiceException);
    expect(error.name).toBe("InternalFailure");
    expect(error.message).toBe("boom");
  });

  it("an error status before the stream is the operation's modeled error, as for any call", async () => {
    server.route = async (_req, res, body) => {
      await body();
      res.writeHead(400, { "x-amzn-errortype": "ValidationException", "content-type": "application/json" });
      res.end(JSON.stringify({ message: "bad model id" }));
    };
    const error = await bedrock.send(new clients.bedrock.ConverseStreamCommand({ modelId: "m" })).catch((e: any) => e);
    expect(error).toBeInstanceOf(clients.bedrock.ValidationException);
    expect(error.message).toBe("bad model id");
  });
});

describe("event streams in, signed frame by frame (InvokeModelWithBidirectionalStream shape)", () => {
  it("sends each event in a signed envelope chained from the request signature, ending with a signed empty frame", async () => {
    let inner: { headers: Record<string, unknown>; body: string }[] = [];
    server.route = async (req, res, body) => {
      expect(req.headers["content-type"]).toBe("application/vnd.amazon.eventstream");
      expect(req.headers["x-amz-content-sha256"]).toBe("STREAMING-AWS4-HMAC-SHA256-EVENTS");
      const seed = verifyRequestSignature(req.method!, req.url!, req.headers, "STREAMING-AWS4-HMAC-SHA256-EVENTS");
      const envelopes = decodeFrames(await body()).map((f) => f.frame);
      const payloads = verifyFrameSignatures(envelopes, seed, "us-east-1", "bedrock");
      expect(payloads.at(-1)!.length).toBe(0);
      inner = payloads.slice(0, -1).map((p) => {
        const { frame } = decodeFrames(Buffer.from(p))[0]!;
        return { headers: frame.headers, body: Buffer.from(frame.body).toString() };
      });
      res.writeHead(200, { "content-type": "application/vnd.amazon.eventstream" });
      for (const i of inner) res.write(event("chunk", `echo ${i.body}`, "application/octet-stream"));
      res.end();
    };
    async function* audio() {
      yield { chunk: { bytes: new TextEncoder().encode("one") } };
      yield { chunk: { bytes: new TextEncoder().encode("two") } };
    }
    const out = await bedrock.send(new clients.bedrock.InvokeModelWithBidirectionalStreamCommand({ modelId: "m", body: audio() }));
    const echoed: string[] = [];
    for await (const e of out.body) echoed.push(new TextDecoder().decode(e.chunk.bytes));
    expect(inner.map((i) => i.body)).toEqual(["one", "two"]);
    expect(inner[0]!.headers).toEqual({ ":message-type": "event", ":event-type": "chunk", ":content-type": "application/octet-stream" });
    expect(echoed).toEqual(["echo one", "echo two"]);
  });

  it("refuses an event-stream member that is not an iterable before sending", async () => {
    const before = server.requests;
    const error = await bedrock
      .send(new clients.bedrock.InvokeModelWithBidirectionalStreamCommand({ modelId: "m", body: { chunk: {} } as never }))
      .catch((e: any) => e);
    expect(error.name).toBe("InputValidationError");
    expect(error.message).toMatch(/"body" must be an async iterable of events/);
    expect(server.requests).toBe(before);
  });
});

describe("event streams out of an awsJson service (StartLiveTail)", () => {
  it("yields the events (skipping an initial-response) and throws an exception event as its class", async () => {
    serveFrames([
      event("initial-response", "{}"),
      event("sessionStart", JSON.stringify({ requestId: "r-1", sessionId: "s-1" })),
      event("sessionUpdate", JSON.stringify({ sessionResults: [{ message: "log line", timestamp: 1700000000000 }] })),
      encodeFrame(
        { ":message-type": "exception", ":exception-type": "SessionTimeoutException", ":content-type": "application/json" },
        JSON.stringify({ message: "session ended" }),
      ),
    ]);
    const out = await logs.send(new clients.logs.StartLiveTailCommand({ logGroupIdentifiers: ["arn:aws:logs:us-east-1:1:log-group:g"] }));
    const events: any[] = [];
    const error = await (async () => {
      for await (const e of out.responseStream) events.push(e);
    })().catch((e: any) => e);
    expect(events).toEqual([
      { sessionStart: { requestId: "r-1", sessionId: "s-1" } },
      { sessionUpdate: { sessionResults: [{ message: "log line", timestamp: 1700000000000 }] } },
    ]);
    expect(error).toBeInstanceOf(clients.logs.SessionTimeoutException);
    expect(error.message).toBe("session ended");
  });
});
