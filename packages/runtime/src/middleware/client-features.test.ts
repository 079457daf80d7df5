import { gunzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { Command } from "../command.js";
import * as browser from "../platform/browser.js";
import type { OperationSchema } from "../schema.js";
import { FakeClient, FakeServiceException, StubHandler, testConfig } from "../testing/fakes.js";
import { addRequestCompression } from "./compression-middleware.js";
import { addContentMd5Checksum } from "./content-md5-middleware.js";
import { addQueryCompatibility } from "./query-compatible-middleware.js";

vi.mock("#platform", () => import("../platform/node.js"));

const str = { k: "string" } as const;
const op = (extra: Partial<OperationSchema>): OperationSchema => ({
  name: "Put",
  input: { k: "structure", id: "com.example#PutInput", members: [{ name: "data", target: str }] },
  output: { k: "structure", id: "com.example#PutOutput", members: [] },
  errors: [],
  ...extra,
});
const call = (schema: OperationSchema, input: Record<string, unknown>) =>
  new Command<Record<string, unknown>, object, "Fake">(input, schema);

/** Sends one call through a FakeClient (whose codec sends the input as JSON) with `setup` applied; returns the request. */
async function sent(schema: OperationSchema, input: Record<string, unknown>, setup: (c: FakeClient) => void, config = {}) {
  const handler = new StubHandler();
  const client = new FakeClient(testConfig(handler, config));
  setup(client);
  await client.send(call(schema, input));
  return handler.requests[0]!;
}

const big = "x".repeat(10240);

describe("addRequestCompression", () => {
  const gzipOp = op({ compression: ["gzip"] });
  const compress = (c: FakeClient, config = {}) => addRequestCompression(c.middlewareStack, config);

  it("gzips a body of at least 10240 bytes, sets Content-Encoding and the compressed length, before signing", async () => {
    const request = await sent(gzipOp, { data: big }, (c) => compress(c));
    expect(request.headers["Content-Encoding"]).toBe("gzip");
    const body = request.body as Uint8Array;
    expect(new TextDecoder().decode(gunzipSync(body))).toBe(JSON.stringify({ data: big }));
    expect(request.headers["content-length"]).toBe(String(body.byteLength));
    expect(request.headers.authorization).toContain("content-encoding");
  });

  it("leaves small bodies, operations without gzip, and clients that disable it alone", async () => {
    expect((await sent(gzipOp, { data: "small" }, (c) => compress(c))).headers["Content-Encoding"]).toBeUndefined();
    expect((await sent(op({ compression: ["br"] }), { data: big }, (c) => compress(c))).body).toBe(JSON.stringify({ data: big }));
    expect((await sent(op({}), { data: big }, (c) => compress(c))).body).toBe(JSON.stringify({ data: big }));
    const disabled = await sent(gzipOp, { data: big }, (c) => compress(c, { disableRequestCompression: true }));
    expect(disabled.body).toBe(JSON.stringify({ data: big }));
  });

  it("honours requestMinCompressionSizeBytes and appends to an existing Content-Encoding", async () => {
    const request = await sent(gzipOp, { data: "tiny" }, (c) => {
      compress(c, { requestMinCompressionSizeBytes: 0 });
      c.middlewareStack.add(
        (next) => (args) => {
          args.request!.headers["content-encoding"] = "custom";
          return next(args);
        },
        { step: "serialize", priority: "low" },
      );
    });
    expect(request.headers["content-encoding"]).toBe("custom, gzip");
    expect(request.headers["Content-Encoding"]).toBeUndefined();
  });

  it.each([[-1], [10485761], [1.5]])("rejects requestMinCompressionSizeBytes %s at construction", (size) => {
    expect(() => compress(new FakeClient(), { requestMinCompressionSizeBytes: size })).toThrow(
      `requestMinCompressionSizeBytes must be an integer from 0 to 10485760, got ${size}.`,
    );
  });

  it("gzips in browsers with CompressionStream", async () => {
    const data = new TextEncoder().encode(big);
    expect(gunzipSync(await browser.gzip(data))).toEqual(Buffer.from(data));
  });
});

describe("addContentMd5Checksum", () => {
  it("sets Content-MD5 of the body for @httpChecksumRequired operations only", async () => {
    const md5 = (c: FakeClient) => addContentMd5Checksum(c.middlewareStack);
    const checked = op({ checksumRequired: true });
    // MD5 of `{"data":"base64 encoded md5 checksum"}` and of `{}`.
    expect((await sent(checked, { data: "base64 encoded md5 checksum" }, md5)).headers["Content-MD5"]).toBe("pfFlG6wADZhENWq9vKhsgA==");
    expect((await sent(checked, {}, md5)).headers["Content-MD5"]).toBe("mZFLkyvTelC5g8XnyQrpOw==");
    expect((await sent(op({}), {}, md5)).headers["Content-MD5"]).toBeUndefined();
  });

  it("hashes the compressed body when the operation also compresses", async () => {
    const request = await sent(op({ checksumRequired: true, compression: ["gzip"] }), { data: big }, (c) => {
      addContentMd5Checksum(c.middlewareStack);
      addRequestCompression(c.middlewareStack, {});
    });
    const { createHash } = await import("node:crypto");
    expect(request.headers["Content-MD5"]).toBe(
      createHash("md5")
        .update(request.body as Uint8Array)
        .digest("base64"),
    );
  });
});

describe("addQueryCompatibility", () => {
  const errors = (reply: { status: number; headers?: Record<string, string>; body?: string }) => {
    const handler = new StubHandler([reply]);
    const client = new FakeClient(testConfig(handler, { maxAttempts: 1 }));
    addQueryCompatibility(client.middlewareStack);
    return { handler, result: client.send(call(op({}), {})).catch((e: unknown) => e) };
  };

  it("sends x-amzn-query-mode and exposes Code and Type from x-amzn-query-error", async () => {
    const { handler, result } = errors({ status: 400, headers: { "x-amzn-query-error": "Customized;Sender" }, body: '{"__type":"Boom"}' });
    const error = (await result) as FakeServiceException & { Code?: string; Type?: string };
    expect(handler.requests[0]!.headers["x-amzn-query-mode"]).toBe("true");
    expect(error).toBeInstanceOf(FakeServiceException);
    expect([error.name, error.Code, error.Type]).toEqual(["Boom", "Customized", "Sender"]);
  });

  it("uses the error's name as Code when the header is absent", async () => {
    const error = (await errors({ status: 400, body: '{"__type":"Boom"}' }).result) as { Code?: string; Type?: string };
    expect([error.Code, error.Type]).toEqual(["Boom", undefined]);
  });
});
