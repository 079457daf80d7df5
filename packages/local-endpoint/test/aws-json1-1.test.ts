/**
 * awsJson1_1 on the wire, through the whole request pipeline (SigV4, routing, binding, constraints, answer), with a
 * test service: none of the four services speaks it.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountOf, DEFAULT_CREDENTIAL } from "../src/auth/credentials.js";
import { FaultInjector } from "../src/faults/fault-injector.js";
import { emptyReply } from "../src/http/reply.js";
import { IdempotencyStore } from "../src/idempotency/idempotency-store.js";
import type { ErrorCodeStyle } from "../src/protocol/error-wire.js";
import { Router } from "../src/protocol/router.js";
import { ServiceError } from "../src/protocol/service-error.js";
import type { EndpointCore } from "../src/server/endpoint-core.js";
import { handleRequest } from "../src/server/handle-request.js";
import { defineOperation, type Operation } from "../src/services/operation.js";
import type { ServiceDef } from "../src/services/service-def.js";
import { DEFAULT_QUOTAS, LocalState } from "../src/state/local-state.js";
import { StatsRecorder } from "../src/stats/stats-recorder.js";
import { int, required, str, struct } from "../src/validation/shape.js";
import { formatViolations } from "../src/validation/validate.js";
import { type CallResult, call } from "./helpers/signed-call.js";

const logs: ServiceDef = {
  id: "test-logs",
  signingName: "logs",
  protocol: "awsJson1_1",
  targetPrefix: "Logs_20140328",
  namespace: "com.amazonaws.cloudwatchlogs",
  messageKey: "message",
  throttling: () => new ServiceError("ThrottlingException", 400, "Rate exceeded"),
  internal: () => new ServiceError("ServiceUnavailableException", 500, "internal"),
  unavailable: () => new ServiceError("ServiceUnavailableException", 503, "unavailable"),
  invalidInput: (violations) => new ServiceError("InvalidParameterException", 400, formatViolations(violations)),
};

const putRetentionPolicy: Operation = defineOperation<{ logGroupName: string; retentionInDays: number }>({
  name: "PutRetentionPolicy",
  service: logs,
  http: { target: "PutRetentionPolicy" },
  input: struct({ logGroupName: required(str({ min: 1, max: 512 })), retentionInDays: required(int({ min: 1 })) }),
  run(input) {
    if (input.logGroupName === "missing")
      throw new ServiceError("ResourceNotFoundException", 400, "The specified log group does not exist.");
    return { status: 200 };
  },
});

function startWith(style: ErrorCodeStyle): Promise<{ server: Server; url: string }> {
  const core: EndpointCore = {
    credentials: [DEFAULT_CREDENTIAL],
    clock: Date.now,
    router: new Router([putRetentionPolicy]),
    state: new LocalState(DEFAULT_QUOTAS, accountOf(DEFAULT_CREDENTIAL), "us-east-1", false),
    stats: new StatsRecorder(),
    faults: new FaultInjector(),
    idempotency: new IdempotencyStore(),
    errorCodeStyle: style,
    maxSkewMs: 5 * 60 * 1000,
    maxBodyBytes: 1024 * 1024,
    logger: undefined,
  };
  const server = createServer((req, res) => void handleRequest(core, () => emptyReply(404), req, res));
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

const servers: Server[] = [];
let qualified: string;
let short: string;
beforeAll(async () => {
  const a = await startWith("qualified");
  const b = await startWith("short");
  servers.push(a.server, b.server);
  [qualified, short] = [a.url, b.url];
});
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

function post(url: string, target: string, body: unknown, contentType = "application/x-amz-json-1.1"): Promise<CallResult> {
  return call(url, {
    signingName: "logs",
    method: "POST",
    path: "/",
    headers: { "content-type": contentType, "x-amz-target": target },
    body: JSON.stringify(body),
  });
}

describe("an awsJson1_1 service", () => {
  it("routes POST / by X-Amz-Target and answers {} with the 1.1 content type", async () => {
    const res = await post(qualified, "Logs_20140328.PutRetentionPolicy", { logGroupName: "app", retentionInDays: 7 });
    expect([res.status, res.headers["content-type"], res.text]).toEqual([200, "application/x-amz-json-1.1", "{}"]);
  });

  it("accepts parameters after the media type", async () => {
    const res = await post(
      qualified,
      "Logs_20140328.PutRetentionPolicy",
      { logGroupName: "app", retentionInDays: 7 },
      "application/x-amz-json-1.1; charset=utf-8",
    );
    expect(res.status).toBe(200);
  });

  it("names modeled and front-door errors by shape name only in __type, even in the qualified style", async () => {
    for (const url of [qualified, short]) {
      const missing = await post(url, "Logs_20140328.PutRetentionPolicy", { logGroupName: "missing", retentionInDays: 7 });
      expect([missing.status, missing.headers["content-type"], missing.headers["x-amzn-errortype"]]).toEqual([
        400,
        "application/x-amz-json-1.1",
        undefined,
      ]);
      expect(missing.json).toEqual({ __type: "ResourceNotFoundException", message: "The specified log group does not exist." });
      const unknown = await post(url, "Logs_20140328.DeleteEverything", {});
      expect([unknown.status, unknown.json.__type]).toEqual([400, "UnknownOperationException"]);
    }
  });

  it("refuses the awsJson1_0 content type with 415", async () => {
    const res = await post(
      qualified,
      "Logs_20140328.PutRetentionPolicy",
      { logGroupName: "app", retentionInDays: 7 },
      "application/x-amz-json-1.0",
    );
    expect([res.status, res.json.__type]).toEqual([415, "UnsupportedMediaTypeException"]);
    expect(res.json.message).toBe("Content-Type must be application/x-amz-json-1.1, got application/x-amz-json-1.0.");
  });

  it("checks the input's constraints, answering the service's validation error", async () => {
    const res = await post(qualified, "Logs_20140328.PutRetentionPolicy", { logGroupName: "", retentionInDays: 0 });
    expect([res.status, res.json.__type]).toEqual([400, "InvalidParameterException"]);
    expect(res.json.message).toMatch(/^2 validation errors detected: /);
  });
});

describe("the router", () => {
  it("refuses an operation whose binding does not fit its service's protocol", () => {
    const rest = { ...putRetentionPolicy, http: { method: "POST", path: "/retention", status: 200 } };
    expect(() => new Router([rest])).toThrow("PutRetentionPolicy: a awsJson1_1 operation needs a target");
  });
});
