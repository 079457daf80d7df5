import { ServiceException } from "@slimsdk/runtime";
import { describe, expect, it } from "vitest";
import { CaptureHandler, type StubResponse } from "./support/capture-handler.js";
import { type ErrorCase, OPERATIONS, type OperationErrors } from "./support/error-cases.js";

const REQUEST_ID = "b4a1f2e3-0000-4000-8000-00000000beef";

/** The three ways AWS JSON services name an error: header with a URL suffix, `__type` with the namespace, `code`. */
function responses(op: OperationErrors, e: ErrorCase): Record<string, StubResponse> {
  const headers = { "x-amzn-requestid": REQUEST_ID, "content-type": "application/json" };
  return {
    "X-Amzn-Errortype header": {
      status: e.status,
      headers: { ...headers, "X-Amzn-Errortype": `${e.name}:http://internal.amazon.com/coral/com.amazon.coral.validate/` },
      body: JSON.stringify(e.members),
    },
    "__type with namespace": { status: e.status, headers, body: JSON.stringify({ __type: `${op.namespace}#${e.name}`, ...e.members }) },
    "code member": { status: e.status, headers, body: JSON.stringify({ code: e.name, ...e.members }) },
  };
}

/** Sends once and returns what was thrown. */
async function thrown(op: OperationErrors, response: StubResponse): Promise<Record<string, unknown> & Error> {
  const handler = new CaptureHandler([response]);
  const result = await op.send(handler).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(result instanceof Error)) throw new Error("expected the call to fail");
  expect(handler.requests).toHaveLength(1);
  return result as Record<string, unknown> & Error;
}

/** Checks what every service error carries: metadata, a hidden raw response, fault, name. */
function expectServiceError(err: Record<string, unknown> & Error, name: string, status: number, fault: string): void {
  expect(err).toBeInstanceOf(ServiceException);
  expect(err.name).toBe(name);
  expect(err.$fault).toBe(fault);
  expect(err.$metadata).toEqual({ httpStatusCode: status, requestId: REQUEST_ID, attempts: 1, totalRetryDelay: 0 });
  const descriptor = Object.getOwnPropertyDescriptor(err, "$response");
  expect(descriptor?.enumerable).toBe(false);
  expect((err.$response as { statusCode: number }).statusCode).toBe(status);
  expect(Object.keys(err)).not.toContain("$response");
  expect(JSON.stringify(err)).not.toContain("$response");
}

describe.each(OPERATIONS)("$operation errors", (op) => {
  it.each(op.errors)("$name parses to its class with its members, whichever way the code is given", async (e) => {
    for (const [form, response] of Object.entries(responses(op, e))) {
      const err = await thrown(op, response);
      expect(err, form).toBeInstanceOf(e.ctor);
      expect(err, form).toBeInstanceOf(op.base);
      expectServiceError(err, e.name, e.status, e.fault);
      for (const [member, value] of Object.entries(e.members)) {
        // `message` / `Message` become the Error's message; other members are own properties.
        if (member === "message") continue;
        expect(err[member], `${form}: ${member}`).toEqual(value);
      }
      expect(err.message, form).toBe(e.members.message ?? e.members.Message);
      // Nothing from the wire but modeled members lands on the error.
      expect(err.__type).toBeUndefined();
      expect(err.code).toBeUndefined();
    }
  });

  it("an unknown code gives the service's base exception named after the code", async () => {
    const err = await thrown(op, {
      status: 400,
      headers: { "x-amzn-requestid": REQUEST_ID },
      body: JSON.stringify({ __type: `${op.namespace}#BrandNewException`, message: "added later" }),
    });
    expect(err).toBeInstanceOf(op.base);
    for (const e of op.errors) expect(err).not.toBeInstanceOf(e.ctor);
    expectServiceError(err, "BrandNewException", 400, "client");
    expect(err.message).toBe("added later");
  });

  it("an unknown code on a 5xx is a server fault", async () => {
    const err = await thrown(op, { status: 502, headers: { "x-amzn-requestid": REQUEST_ID, "x-amzn-errortype": "BadGatewayThing" } });
    expect(err).toBeInstanceOf(op.base);
    expectServiceError(err, "BadGatewayThing", 502, "server");
  });

  it("an empty body with the code in the header still gives the modeled class", async () => {
    const e = op.errors.find((x) => x.status < 500)!;
    const err = await thrown(op, { status: e.status, headers: { "x-amzn-requestid": REQUEST_ID, "x-amzn-errortype": e.name }, body: "" });
    expect(err).toBeInstanceOf(e.ctor);
    expectServiceError(err, e.name, e.status, e.fault);
  });

  it("a non-JSON or truncated body is a typed error keeping $response, never a SyntaxError", async () => {
    for (const body of ["<html><body>502 Bad Gateway</body></html>", '{"__type":"Confl', ""]) {
      const err = await thrown(op, { status: 502, headers: { "x-amzn-requestid": REQUEST_ID }, body });
      expect(err).not.toBeInstanceOf(SyntaxError);
      expect(err).toBeInstanceOf(op.base);
      expectServiceError(err, "UnknownError", 502, "server");
      expect(new TextDecoder().decode((err.$response as { body: Uint8Array }).body)).toBe(body);
    }
  });
});

describe("retries", () => {
  it.each(OPERATIONS)("$operation: throttling and server errors are retried up to maxAttempts, client errors are not", async (op) => {
    for (const e of op.errors) {
      const handler = new CaptureHandler([
        { status: e.status, headers: { "x-amzn-errortype": e.name, "x-amzn-requestid": REQUEST_ID }, body: JSON.stringify(e.members) },
      ]);
      const err = (await op.send(handler, 3).catch((x: unknown) => x)) as { $metadata: { attempts: number } };
      const expected = e.retried ? 3 : 1;
      expect(err, e.name).toBeInstanceOf(e.ctor);
      expect(handler.requests.length, e.name).toBe(expected);
      expect(err.$metadata.attempts, e.name).toBe(expected);
    }
  });

  it.each(OPERATIONS)("$operation: a throttled first attempt followed by success resolves with attempts 2", async (op) => {
    const throttle = op.errors.find((e) => e.status === 429)!;
    const handler = new CaptureHandler([
      { status: 429, headers: { "x-amzn-errortype": throttle.name }, body: "{}" },
      { status: op.operation === "CreateProfilingGroup" ? 201 : 200, body: "{}" },
    ]);
    const out = (await op.send(handler, 3)) as { $metadata: { attempts: number; httpStatusCode: number } };
    expect(handler.requests).toHaveLength(2);
    expect(out.$metadata.attempts).toBe(2);
  });
});
