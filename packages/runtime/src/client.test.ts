import { describe, expect, it, vi } from "vitest";
import { Command } from "./command.js";
import { AbortError } from "./retry/abort-error.js";
import { FakeClient, HostPrefixed$, StubHandler, testConfig, Upgrade$ } from "./testing/fakes.js";
import { InputValidationError } from "./validation/input-validation-error.js";

vi.mock("#platform", () => import("./platform/node.js"));

type Out = { Status?: string; $metadata: Record<string, unknown> };
const upgrade = (input: Record<string, unknown>) => new Command<Record<string, unknown>, Out, "Fake">(input, Upgrade$);

describe("Client", () => {
  it("sends through the codec and returns the output with $metadata", async () => {
    const handler = new StubHandler([
      { status: 200, headers: { "X-Amzn-RequestId": "req-1", "x-amz-id-2": "ext", "x-amz-cf-id": "cf" }, body: '{"Status":"OK"}' },
    ]);
    const client = new FakeClient(testConfig(handler));
    const out = await client.send(upgrade({ WorkloadId: "w1" }));
    expect(out).toEqual({
      Status: "OK",
      $metadata: { httpStatusCode: 200, requestId: "req-1", extendedRequestId: "ext", cfId: "cf", attempts: 1, totalRetryDelay: 0 },
    });
    const req = handler.requests[0]!;
    expect(req.hostname).toBe("fake.us-east-1.amazonaws.com");
    expect(req.headers.host).toBe("fake.us-east-1.amazonaws.com");
    expect(req.headers["x-amz-target"]).toBe("Fake20200101.UpgradeProfileVersion");
    expect(req.headers["content-length"]).toBe(String(Buffer.byteLength(req.body as string)));
    expect(req.headers["x-amz-user-agent"]).toMatch(/^slimsdk-js\/\d+\.\d+\.\d+ api\/fake-service#2020-01-01 lang\/js md\/nodejs#/);
    expect(req.headers["amz-sdk-request"]).toBe("attempt=1; max=3");
    expect(req.headers["amz-sdk-invocation-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("constructs without credentials, region or handler and fails only at send", async () => {
    vi.stubEnv("AWS_REGION", "");
    vi.stubEnv("AWS_ACCESS_KEY_ID", "");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "");
    const region = vi.fn(async () => "us-west-2");
    const client = new FakeClient({ region, requestHandler: new StubHandler() });
    expect(region).not.toHaveBeenCalled();
    await expect(client.send(upgrade({ WorkloadId: "w" }))).rejects.toThrow(/No AWS credentials found/);
    expect(region).toHaveBeenCalledTimes(1);
    await expect(new FakeClient({}).send(upgrade({ WorkloadId: "w" }))).rejects.toThrow(
      'Region is missing: pass `region` in the client config, e.g. { region: "us-east-1" } (Node.js also reads AWS_REGION and ~/.aws/config).',
    );
    vi.unstubAllEnvs();
  });

  it("uses the endpoint override for the host and still signs for the region", async () => {
    const handler = new StubHandler();
    const client = new FakeClient(testConfig(handler, { region: "eu-west-1", endpoint: "http://127.0.0.1:4566/base" }));
    await client.send(upgrade({ WorkloadId: "w" }));
    const req = handler.requests[0]!;
    expect([req.protocol, req.hostname, req.port, req.path, req.headers.host]).toEqual([
      "http:",
      "127.0.0.1",
      4566,
      "/base",
      "127.0.0.1:4566",
    ]);
    expect(req.headers.authorization).toContain("/eu-west-1/fakesign/aws4_request");
  });

  it("prefixes the host with the operation's host prefix, checking the label", async () => {
    const handler = new StubHandler();
    const client = new FakeClient(testConfig(handler));
    await client.send(new Command<{ AccountId: string }, Out, "Fake">({ AccountId: "123456789012" }, HostPrefixed$));
    expect(handler.requests[0]!.hostname).toBe("123456789012.data.fake.us-east-1.amazonaws.com");
    expect(handler.requests[0]!.headers.host).toBe("123456789012.data.fake.us-east-1.amazonaws.com");
    for (const bad of ["", "evil.com/x", "a b", "-x"]) {
      const err = await client.send(new Command<{ AccountId: string }, Out, "Fake">({ AccountId: bad }, HostPrefixed$)).catch((e) => e);
      expect(err).toBeInstanceOf(InputValidationError);
      expect(err.message).toContain('GetDataCommand: member "AccountId" is a host label');
    }
    expect(handler.requests).toHaveLength(1);
    const noPrefix = new FakeClient(testConfig(handler, { disableHostPrefix: true }));
    await noPrefix.send(new Command<{ AccountId: string }, Out, "Fake">({ AccountId: "1" }, HostPrefixed$));
    expect(handler.requests[1]!.hostname).toBe("fake.us-east-1.amazonaws.com");
  });

  it("rejects a non-object input and an aborted signal before any request", async () => {
    const handler = new StubHandler();
    const client = new FakeClient(testConfig(handler));
    await expect(client.send(upgrade(7 as never))).rejects.toThrow("UpgradeProfileVersionCommand: the input must be an object.");
    const err = await client.send(upgrade({ WorkloadId: "w" }), { abortSignal: AbortSignal.abort() }).catch((e) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect(err.name).toBe("AbortError");
    expect(handler.requests).toHaveLength(0);
  });

  it("destroy() releases the request handler", () => {
    const handler = new StubHandler();
    new FakeClient(testConfig(handler)).destroy();
    expect(handler.destroyed).toBe(true);
  });

  it("reports a typed service error with $metadata", async () => {
    const handler = new StubHandler([
      { status: 400, headers: { "x-amzn-requestid": "r9" }, body: '{"__type":"ValidationException","message":"bad"}' },
    ]);
    const err = await new FakeClient(testConfig(handler)).send(upgrade({ WorkloadId: "w" })).catch((e) => e);
    expect(err.name).toBe("ValidationException");
    expect(err.message).toBe("bad");
    expect(err.$metadata).toEqual({ httpStatusCode: 400, requestId: "r9", attempts: 1, totalRetryDelay: 0 });
    expect(err.$response.statusCode).toBe(400);
  });
});
