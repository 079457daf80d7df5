import { describe, expect, it } from "vitest";
import { type ExceptionInit, ServiceException, type ServiceExceptionInit } from "../errors/service-exception.js";
import type { RawResponse } from "../protocol.js";
import type { ErrorSchema, OperationSchema, StructureSchema } from "../schema.js";
import { testContext, testService } from "../testing/codec-context.js";
import { restJson1 } from "./rest-json1.js";
import { utf8Encode } from "./utf8.js";

class RestJsonServiceException extends ServiceException {
  constructor(init: ServiceExceptionInit) {
    super(init);
  }
}

class InvalidGreeting extends RestJsonServiceException {
  declare readonly Message?: string;
  constructor(init: ExceptionInit<InvalidGreeting>) {
    super({ ...init, name: "InvalidGreeting", $fault: "client" });
  }
}

class ComplexError extends RestJsonServiceException {
  declare readonly Header?: string;
  declare readonly TopLevel?: string;
  declare readonly Nested?: { Foo?: string };
  constructor(init: ExceptionInit<ComplexError>) {
    super({ ...init, name: "ComplexError", $fault: "client" });
  }
}

class FooError extends RestJsonServiceException {
  constructor(init: ExceptionInit<FooError>) {
    super({ ...init, name: "FooError", $fault: "server" });
  }
}

const str = { k: "string" } as const;
const InvalidGreeting$: StructureSchema = {
  k: "structure",
  id: "aws.protocoltests.restjson#InvalidGreeting",
  members: [{ name: "Message", target: str }],
};
const ComplexError$: StructureSchema = {
  k: "structure",
  id: "aws.protocoltests.restjson#ComplexError",
  members: [
    { name: "Header", target: str, http: { in: "header", name: "X-Header" } },
    { name: "TopLevel", target: str },
    {
      name: "Nested",
      target: {
        k: "structure",
        id: "aws.protocoltests.restjson#ComplexNestedErrorData",
        members: [{ name: "Foo", target: str, jsonName: "Fooooo" }],
      },
    },
  ],
};
const FooError$: StructureSchema = { k: "structure", id: "aws.protocoltests.restjson#FooError", members: [] };

const errors: ErrorSchema[] = [
  { schema: InvalidGreeting$, ctor: InvalidGreeting, fault: "client", status: 400 },
  { schema: ComplexError$, ctor: ComplexError, fault: "client", status: 403 },
  { schema: FooError$, ctor: FooError, fault: "server", status: 500 },
];

const GreetingWithErrors: OperationSchema = {
  name: "GreetingWithErrors",
  input: { k: "structure", id: "smithy.api#Unit", members: [] },
  output: {
    k: "structure",
    id: "aws.protocoltests.restjson#GreetingWithErrorsOutput",
    members: [{ name: "greeting", target: str, http: { in: "header", name: "X-Greeting" } }],
  },
  errors,
  http: { method: "PUT", uri: "/GreetingWithErrors", code: 200 },
};

const service = testService({ protocol: restJson1, id: "aws.protocoltests.restjson#RestJson", baseError: RestJsonServiceException });
const ctx = testContext(service);

function response(statusCode: number, headers: Record<string, string>, body = ""): RawResponse {
  return { statusCode, headers, body: utf8Encode(body) };
}

function thrown(res: RawResponse): ServiceException {
  try {
    restJson1.deserializeResponse(GreetingWithErrors, res, ctx);
  } catch (error) {
    if (error instanceof ServiceException) return error;
    throw error;
  }
  throw new Error("expected an error to be thrown");
}

describe("restJson1 errors: modeled", () => {
  it("reads the code from X-Amzn-Errortype and the members from the body", () => {
    const res = response(
      400,
      { "content-type": "application/json", "x-amzn-errortype": "InvalidGreeting", "x-amzn-requestid": "r-1" },
      '{"Message":"Hi"}',
    );
    const error = thrown(res);
    expect(error).toBeInstanceOf(InvalidGreeting);
    expect(error).toBeInstanceOf(RestJsonServiceException);
    expect(error.name).toBe("InvalidGreeting");
    expect(error.$fault).toBe("client");
    expect(error.message).toBe("Hi");
    expect((error as InvalidGreeting).Message).toBe("Hi");
    expect(error.$metadata).toEqual({ httpStatusCode: 400, requestId: "r-1" });
    expect(error.$response).toBe(res);
  });

  it("reads header-bound and nested members (with @jsonName)", () => {
    const error = thrown(
      response(403, { "x-header": "Header", "x-amzn-errortype": "ComplexError" }, '{"TopLevel":"Top level","Nested":{"Fooooo":"bar"}}'),
    ) as ComplexError;
    expect(error).toBeInstanceOf(ComplexError);
    expect({ Header: error.Header, TopLevel: error.TopLevel, Nested: error.Nested }).toEqual({
      Header: "Header",
      TopLevel: "Top level",
      Nested: { Foo: "bar" },
    });
  });

  it("builds an empty modeled error from {}", () => {
    const error = thrown(response(403, { "x-amzn-errortype": "ComplexError" }, "{}"));
    expect(error).toBeInstanceOf(ComplexError);
    expect(error.message).toBe("ComplexError");
  });

  it.each([
    [{ "x-amzn-errortype": "FooError" }, ""],
    [{ "x-amzn-errortype": "FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/" }, ""],
    [{ "x-amzn-errortype": "aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/" }, ""],
    [{ "x-amzn-errortype": "aws.different.namespace#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/" }, ""],
    [{}, '{"code":"FooError"}'],
    [{}, '{"code":"aws.protocoltests.restjson#FooError"}'],
    [{}, '{"code":"aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"}'],
    [{}, '{"__type":"FooError"}'],
    [{}, '{"__type":"aws.protocoltests.restjson#FooError"}'],
    [{}, '{"__type":"aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"}'],
    [
      {},
      '{"__type":"aws.protocoltests.restjson#FooError","ErrorDetails":[{"__type":"com.amazon.internal#ErrorDetails","reason":"Some reason"}]}',
    ],
  ])("finds FooError from headers %j and body %s", (headers, body) => {
    const error = thrown(response(500, headers, body));
    expect(error).toBeInstanceOf(FooError);
    expect(error.$fault).toBe("server");
    expect(error.$metadata.httpStatusCode).toBe(500);
  });

  it("keeps the type of a modeled error whose members are badly typed", () => {
    const error = thrown(response(403, { "x-amzn-errortype": "ComplexError" }, '{"TopLevel":5,"Nested":"x","message":"still here"}'));
    expect(error).toBeInstanceOf(ComplexError);
    expect(error.message).toBe("still here");
    expect((error as ComplexError).TopLevel).toBeUndefined();
  });
});

describe("restJson1 errors: unknown and malformed", () => {
  it("turns an unknown code into the service's base exception named after it", () => {
    const error = thrown(response(429, { "x-amzn-errortype": "ThrottlingException" }, '{"message":"Slow down"}'));
    expect(error.constructor).toBe(RestJsonServiceException);
    expect(error.name).toBe("ThrottlingException");
    expect(error.$fault).toBe("client");
    expect(error.message).toBe("Slow down");
  });

  it("uses the status for the fault of an unknown error", () => {
    const error = thrown(response(503, {}, '{"__type":"ServiceUnavailable","Message":"Later"}'));
    expect([error.name, error.$fault, error.message]).toEqual(["ServiceUnavailable", "server", "Later"]);
  });

  it.each([
    ["an HTML page", "<html><body>502 Bad Gateway</body></html>"],
    ["an empty body", ""],
    ["truncated JSON", '{"__type":"Foo'],
    ["a JSON array", '["FooError"]'],
    ["a JSON string", '"FooError"'],
    ["wrongly typed codes", '{"__type":5,"code":{},"message":["x"]}'],
  ])("gives UnknownError with the raw response for %s", (_label, body) => {
    const res = response(502, { "content-type": "text/html" }, body);
    const error = thrown(res);
    expect(error).toBeInstanceOf(RestJsonServiceException);
    expect(error.name).toBe("UnknownError");
    expect(error.$fault).toBe("server");
    expect(error.message).toBe("The service returned HTTP 502 without an error code");
    expect(error.$metadata.httpStatusCode).toBe(502);
    expect(error.$response).toBe(res);
  });

  it("still uses the header code when the body is not JSON", () => {
    const error = thrown(response(400, { "x-amzn-errortype": "InvalidGreeting" }, "<html>oops</html>"));
    expect(error).toBeInstanceOf(InvalidGreeting);
    expect(error.$response?.statusCode).toBe(400);
  });

  it("keeps $response out of JSON", () => {
    const error = thrown(response(400, { "x-amzn-errortype": "InvalidGreeting" }, '{"Message":"Hi"}'));
    expect(JSON.stringify(error)).not.toContain("$response");
  });

  it("treats 1xx and 3xx as errors too", () => {
    expect(thrown(response(304, {})).name).toBe("UnknownError");
  });
});
