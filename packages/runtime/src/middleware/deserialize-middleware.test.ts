import { describe, expect, it, vi } from "vitest";
import { Command } from "../command.js";
import { ServiceException } from "../errors/service-exception.js";
import { FakeClient, fakeService, SlowDownError, StubHandler, testConfig, Upgrade$ } from "../testing/fakes.js";

vi.mock("#platform", () => import("../platform/node.js"));

const upgrade = () => new Command<Record<string, unknown>, { Status?: string }, "Fake">({ WorkloadId: "w" }, Upgrade$);

describe("deserialize step", () => {
  it("hands the codec lower-case headers and the full body, from a stream", async () => {
    const spy = vi.spyOn(fakeService.protocol, "deserializeResponse");
    const body = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"Status":'));
        c.enqueue(new TextEncoder().encode('"streamed"}'));
        c.close();
      },
    });
    const handler = new StubHandler([{ status: 200, headers: { "Content-Type": "application/json", "X-Amz-Request-Id": "r2" }, body }]);
    const out = await new FakeClient(testConfig(handler)).send(upgrade());
    expect(out).toMatchObject({ Status: "streamed", $metadata: { requestId: "r2" } });
    const raw = spy.mock.calls[0]![1];
    expect(raw.headers).toEqual({ "content-type": "application/json", "x-amz-request-id": "r2" });
    expect(new TextDecoder().decode(raw.body)).toBe('{"Status":"streamed"}');
    spy.mockRestore();
  });

  it("gives errors typed classes, non-enumerable $response and full $metadata", async () => {
    const handler = new StubHandler([
      { status: 400, headers: { "x-amzn-requestid": "r3", "x-amz-id-2": "id2" }, body: '{"__type":"SlowDown"}' },
      { status: 400, headers: { "x-amzn-requestid": "r3", "x-amz-id-2": "id2" }, body: '{"__type":"SlowDown"}' },
      { status: 404, body: '{"__type":"NotFound","message":"gone"}' },
    ]);
    const err = await new FakeClient(testConfig(handler, { maxAttempts: 2 })).send(upgrade()).catch((e) => e);
    expect(err).toBeInstanceOf(SlowDownError);
    expect(ServiceException.isInstance(err, "SlowDown")).toBe(true);
    expect(err.$metadata).toEqual({ httpStatusCode: 400, requestId: "r3", extendedRequestId: "id2", attempts: 2, totalRetryDelay: 50 });
    expect(Object.keys(err)).not.toContain("$response");
    expect(JSON.stringify(err)).not.toContain("$response");
  });

  it("adds a $response to an error the codec left without one", async () => {
    const protocol = {
      ...fakeService.protocol,
      deserializeResponse() {
        throw Object.assign(new Error("codec failure"), { name: "Weird" });
      },
    };
    class WeirdClient extends FakeClient {}
    const client = new WeirdClient(testConfig(new StubHandler([{ status: 200, body: "x" }])));
    (client as unknown as { service: object }).service = { ...fakeService, protocol };
    const err = await client.send(upgrade()).catch((e) => e);
    expect(err.message).toBe("codec failure");
    expect(err.$response.statusCode).toBe(200);
    expect(err.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
  });
});
