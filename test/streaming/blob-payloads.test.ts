/**
 * `@streaming` blob payloads over real HTTP on 127.0.0.1, through a client generated from a fixture copy of
 * Lambda's InvokeAsync (streaming upload) and a download operation of the same shape: uploads from a Node.js
 * Readable, a web ReadableStream, a Blob and text; multi-MB downloads through each of the official SDK's helpers;
 * the output returned before its body is read; an abort in the middle of a download.
 */
import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CREDENTIALS, verifyRequestSignature } from "./support/event-signatures.js";
import { type ClientModule, generateStreamingClients } from "./support/generated-clients.js";
import { startServer, type TestServer } from "./support/test-server.js";

vi.mock("@slimsdk/runtime", () => import("../../packages/runtime/src/index.js"));

let lambda: ClientModule;
let server: TestServer;
let client: any;

beforeAll(async () => {
  lambda = (await generateStreamingClients()).lambda;
  server = await startServer();
  client = new lambda.LambdaStreamsClient({ region: "us-east-1", credentials: CREDENTIALS, endpoint: server.url, maxAttempts: 3 });
});
afterAll(async () => {
  client?.destroy();
  await server?.close();
});

const sha = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");
const MB3 = randomBytes(3 * 1024 * 1024);

/** Installs a route that receives an upload and checks its signature with the declared payload hash. */
function receiveUpload(): Promise<{ body: Buffer; headers: Record<string, unknown>; url: string }> {
  return new Promise((resolve, reject) => {
    server.route = async (req, res, body) => {
      try {
        const bytes = await body();
        const declared = String(req.headers["x-amz-content-sha256"]);
        if (declared !== "UNSIGNED-PAYLOAD" && declared !== sha(bytes)) throw new Error(`payload hash ${declared} is not the body's`);
        verifyRequestSignature(req.method!, req.url!, req.headers, declared);
        res.statusCode = 202;
        res.end();
        resolve({ body: bytes, headers: req.headers, url: req.url! });
      } catch (error) {
        res.statusCode = 400;
        res.end(String(error));
        reject(error);
      }
    };
  });
}

describe("streaming uploads (InvokeAsync)", () => {
  it("sends a multi-MB Node.js Readable, unhashed (UNSIGNED-PAYLOAD) and chunked, and reads the status code", async () => {
    const received = receiveUpload();
    const chunks = Array.from({ length: 48 }, (_, i) => MB3.subarray(i * 65536, (i + 1) * 65536));
    const out = await client.send(new lambda.InvokeAsyncCommand({ FunctionName: "my-function", InvokeArgs: Readable.from(chunks) }));
    const got = await received;
    expect(out.Status).toBe(202);
    expect(got.url).toBe("/2014-11-13/functions/my-function/invoke-async");
    expect(got.headers["x-amz-content-sha256"]).toBe("UNSIGNED-PAYLOAD");
    expect(got.headers["transfer-encoding"]).toBe("chunked");
    expect(got.headers["content-type"]).toBe("application/octet-stream");
    expect(sha(got.body)).toBe(sha(MB3));
    expect(out.$metadata.attempts).toBe(1);
  });

  it("sends a web ReadableStream (converted for Node.js's HTTP handler)", async () => {
    const received = receiveUpload();
    const parts = [MB3.subarray(0, 1_000_000), MB3.subarray(1_000_000)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = parts.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const out = await client.send(new lambda.InvokeAsyncCommand({ FunctionName: "f", InvokeArgs: stream }));
    expect(out.Status).toBe(202);
    expect(sha((await received).body)).toBe(sha(MB3));
  });

  it("sends a Blob with its Content-Length, and text signed with the hash of its bytes", async () => {
    let received = receiveUpload();
    await client.send(new lambda.InvokeAsyncCommand({ FunctionName: "f", InvokeArgs: new Blob([MB3.subarray(0, 1000)]) }));
    let got = await received;
    expect(got.headers["content-length"]).toBe("1000");
    expect(sha(got.body)).toBe(sha(MB3.subarray(0, 1000)));

    received = receiveUpload();
    await client.send(new lambda.InvokeAsyncCommand({ FunctionName: "f", InvokeArgs: '{"key":"välue"}' }));
    got = await received;
    expect(got.body.toString()).toBe('{"key":"välue"}');
    expect(got.headers["x-amz-content-sha256"]).toBe(sha('{"key":"välue"}'));
  });

  it("refuses a stream for a @requiresLength payload before sending anything", async () => {
    const before = server.requests;
    const call = client.send(new lambda.PutFunctionCodeCommand({ FunctionName: "f", Code: Readable.from([MB3.subarray(0, 10)]) }));
    await expect(call).rejects.toThrow(/"Code" must have a known length/);
    await expect(call).rejects.toBeInstanceOf(Error);
    expect((await call.catch((e: Error) => e)).name).toBe("InputValidationError");
    expect(server.requests).toBe(before);
  });

  it("sends a stream once: a failed attempt is not retried with a consumed body", async () => {
    server.route = async (_req, res, body) => {
      await body();
      res.statusCode = 503;
      res.setHeader("x-amzn-errortype", "ServiceException");
      res.end(JSON.stringify({ Message: "try later" }));
    };
    const before = server.requests;
    const error = await client
      .send(new lambda.InvokeAsyncCommand({ FunctionName: "f", InvokeArgs: Readable.from([MB3.subarray(0, 100)]) }))
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(lambda.ServiceException);
    expect(error.$metadata.attempts).toBe(1);
    expect(server.requests - before).toBe(1);
  });
});

describe("streaming downloads (a @streaming blob output)", () => {
  const body = randomBytes(4 * 1024 * 1024);

  /** Serves `body` in 64 KiB writes; the second half waits until `release()`. */
  function serveDownload(): { release: () => void; closed: Promise<void> } {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let closed!: () => void;
    const closedP = new Promise<void>((r) => (closed = r));
    server.route = async (req, res) => {
      res.on("close", () => closed());
      expect(req.url).toBe("/functions/f/code");
      res.writeHead(200, { "content-type": "application/zip", "content-length": String(body.length) });
      const half = body.length / 2;
      for (let at = 0; at < half; at += 65536) res.write(body.subarray(at, at + 65536));
      await released;
      if (!res.destroyed) res.end(body.subarray(half));
    };
    return { release, closed: closedP };
  }

  it("returns the output before the body is read, then reads it with transformToByteArray", async () => {
    const download = serveDownload();
    // The server holds back half the body until the output is here: a client that read it first would never return.
    const out = await client.send(new lambda.GetFunctionCodeCommand({ FunctionName: "f" }));
    expect(out.ContentType).toBe("application/zip");
    expect(out.$metadata.httpStatusCode).toBe(200);
    download.release();
    const bytes: Uint8Array = await out.Code.transformToByteArray();
    expect(bytes.length).toBe(body.length);
    expect(sha(bytes)).toBe(sha(body));
  });

  it("reads with transformToString (utf8 and base64) and transformToWebStream", async () => {
    serveDownload().release();
    const asText = await client.send(new lambda.GetFunctionCodeCommand({ FunctionName: "f" }));
    expect(await asText.Code.transformToString("base64")).toBe(body.toString("base64"));

    serveDownload().release();
    const asWeb = await client.send(new lambda.GetFunctionCodeCommand({ FunctionName: "f" }));
    const reader = (asWeb.Code.transformToWebStream() as ReadableStream<Uint8Array>).getReader();
    const hash = createHash("sha256");
    let length = 0;
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      hash.update(r.value);
      length += r.value.length;
    }
    expect(length).toBe(body.length);
    expect(hash.digest("hex")).toBe(sha(body));
  });

  it("is a Node.js Readable in Node.js (the IncomingMessage), which can be iterated", async () => {
    serveDownload().release();
    const out = await client.send(new lambda.GetFunctionCodeCommand({ FunctionName: "f" }));
    expect(out.Code).toBeInstanceOf(Readable);
    let length = 0;
    for await (const chunk of out.Code as Readable) length += (chunk as Buffer).length;
    expect(length).toBe(body.length);
  });

  it("stops the download when the caller aborts after the output was returned, and closes the connection", async () => {
    const download = serveDownload();
    const controller = new AbortController();
    const out = await client.send(new lambda.GetFunctionCodeCommand({ FunctionName: "f" }), { abortSignal: controller.signal });
    const reading = out.Code.transformToByteArray();
    controller.abort();
    const error = await reading.catch((e: Error) => e);
    expect(error.name).toBe("AbortError");
    await download.closed;
    download.release();
  });
});
