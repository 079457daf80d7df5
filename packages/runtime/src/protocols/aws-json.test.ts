import { describe, expect, it } from "vitest";
import { type ExceptionInit, ServiceException, type ServiceExceptionInit } from "../errors/service-exception.js";
import type { RawResponse } from "../protocol.js";
import type { MemberSchema, OperationSchema, ScalarSchema, StructureSchema, UnionSchema } from "../schema.js";
import { testContext, testService } from "../testing/codec-context.js";
import { awsJson1_0, awsJson1_1, awsJsonWith } from "./aws-json.js";
import { jsonCollections } from "./json-collections.js";
import { utf8Encode } from "./utf8.js";

class JsonRpc10ServiceException extends ServiceException {
  constructor(init: ServiceExceptionInit) {
    super(init);
  }
}

class InvalidGreeting extends JsonRpc10ServiceException {
  declare readonly Message?: string;
  constructor(init: ExceptionInit<InvalidGreeting>) {
    super({ ...init, name: "InvalidGreeting", $fault: "client" });
  }
}

class ComplexError extends JsonRpc10ServiceException {
  declare readonly TopLevel?: string;
  declare readonly Nested?: { Foo?: string };
  constructor(init: ExceptionInit<ComplexError>) {
    super({ ...init, name: "ComplexError", $fault: "client" });
  }
}

const str: ScalarSchema = { k: "string" };
const dbl: ScalarSchema = { k: "double" };
const flt: ScalarSchema = { k: "float" };
const struct = (id: string, members: MemberSchema[]): StructureSchema => ({
  k: "structure",
  id: `aws.protocoltests.json10#${id}`,
  members,
});

const service = testService({ protocol: awsJson1_0, id: "aws.protocoltests.json10#JsonRpc10", baseError: JsonRpc10ServiceException });
const ctx = (path = "/") => testContext(service, { path });

const errors = [
  { schema: struct("InvalidGreeting", [{ name: "Message", target: str }]), ctor: InvalidGreeting, fault: "client" as const },
  {
    schema: struct("ComplexError", [
      { name: "TopLevel", target: str },
      { name: "Nested", target: struct("ComplexNestedErrorData", [{ name: "Foo", target: str, jsonName: "Fooooo" }]) },
    ]),
    ctor: ComplexError,
    fault: "client" as const,
  },
];

function op(name: string, input: MemberSchema[], output: MemberSchema[] = input): OperationSchema {
  return { name, input: struct(`${name}Input`, input), output: struct(`${name}Output`, output), errors };
}

function response(
  statusCode: number,
  body: string,
  headers: Record<string, string> = { "content-type": "application/x-amz-json-1.0" },
): RawResponse {
  return { statusCode, headers, body: utf8Encode(body) };
}

function thrown(operation: OperationSchema, res: RawResponse, codec = awsJson1_0): ServiceException {
  try {
    codec.deserializeResponse(operation, res, ctx());
  } catch (error) {
    if (error instanceof ServiceException) return error;
    throw error;
  }
  throw new Error("expected an error to be thrown");
}

const Scalars = op("SimpleScalarProperties", [
  { name: "floatValue", target: flt },
  { name: "doubleValue", target: dbl, jsonName: "DoubleDribble" },
  { name: "header", target: str, http: { in: "header", name: "X-Header" } },
]);

describe("the two versions", () => {
  it.each([
    [awsJson1_0, "awsJson1_0", "application/x-amz-json-1.0"],
    [awsJson1_1, "awsJson1_1", "application/x-amz-json-1.1"],
    [awsJsonWith("1.1", {}), "awsJson1_1", "application/x-amz-json-1.1"],
  ])("POST a JSON object with the version's Content-Type and X-Amz-Target (%#)", (codec, name, contentType) => {
    expect(codec.name).toBe(name);
    const request = codec.serializeRequest(Scalars, { floatValue: 1.5, doubleValue: 2.5 }, ctx());
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/");
    expect(request.query).toEqual({});
    expect(request.headers).toEqual({ "Content-Type": contentType, "X-Amz-Target": "JsonRpc10.SimpleScalarProperties" });
    expect(JSON.parse(request.body)).toEqual({ floatValue: 1.5, doubleValue: 2.5 });
  });

  it("read an error code in either form (1.0 servers send a shape id, 1.1 servers a shape name) alike", () => {
    for (const codec of [awsJson1_0, awsJson1_1]) {
      for (const type of ["aws.protocoltests.json10#InvalidGreeting", "InvalidGreeting", "InvalidGreeting:http://internal.amazon.com/"]) {
        const error = thrown(Scalars, response(400, JSON.stringify({ __type: type, Message: "Hi" })), codec);
        expect(error, `${codec.name} ${type}`).toBeInstanceOf(InvalidGreeting);
      }
    }
  });

  it("name the missing feature when built without it", () => {
    const Listed = op("Listed", [{ name: "names", target: { k: "list", member: str } }]);
    expect(() => awsJsonWith("1.1", {}).serializeRequest(Listed, { names: ["a"] }, ctx())).toThrow(
      "Codec built without `collections`: add { collections: jsonCollections } to its features.",
    );
    expect(awsJsonWith("1.1", { collections: jsonCollections }).serializeRequest(Listed, { names: ["a"] }, ctx()).body).toBe(
      '{"names":["a"]}',
    );
  });
});

describe("awsJson1_0 requests", () => {
  it("always sends {} for empty input", () => {
    expect(awsJson1_0.serializeRequest(op("NoInputAndNoOutput", []), {}, ctx()).body).toBe("{}");
    expect(awsJson1_0.serializeRequest(Scalars, {}, ctx()).body).toBe("{}");
  });

  it("ignores HTTP bindings and @jsonName", () => {
    const request = awsJson1_0.serializeRequest(Scalars, { header: "in body", doubleValue: Number.NaN }, ctx());
    expect(request.body).toBe('{"doubleValue":"NaN","header":"in body"}');
    expect(request.headers).not.toHaveProperty("X-Header");
  });

  it("posts to the endpoint's base path", () => {
    expect(awsJson1_0.serializeRequest(op("HostWithPathOperation", []), {}, ctx("/custom")).path).toBe("/custom/");
  });

  it("serializes unions", () => {
    const MyUnion: UnionSchema = {
      k: "union",
      id: "aws.protocoltests.json10#MyUnion",
      members: [
        { name: "blobValue", target: { k: "blob" } },
        { name: "timestampValue", target: { k: "timestamp" } },
      ],
    };
    const Unions = op("JsonUnions", [{ name: "contents", target: MyUnion }]);
    expect(awsJson1_0.serializeRequest(Unions, { contents: { blobValue: "foo" } }, ctx()).body).toBe('{"contents":{"blobValue":"Zm9v"}}');
    expect(awsJson1_0.serializeRequest(Unions, { contents: { timestampValue: new Date(1398796238000) } }, ctx()).body).toBe(
      '{"contents":{"timestampValue":1398796238}}',
    );
  });

  it("leaves Content-MD5 of @httpChecksumRequired to the client's checksum middleware", () => {
    const request = awsJson1_0.serializeRequest({ ...op("Checked", []), checksumRequired: true }, {}, ctx());
    expect(request.headers["Content-MD5"]).toBeUndefined();
  });
});

describe("awsJson1_0 responses", () => {
  it("reads the output by member name", () => {
    expect(
      awsJson1_0.deserializeResponse(Scalars, response(200, '{"floatValue":"Infinity","doubleValue":1.5,"DoubleDribble":9}'), ctx()),
    ).toEqual({
      floatValue: Number.POSITIVE_INFINITY,
      doubleValue: 1.5,
    });
  });

  it("accepts an empty body, and ignores any body of an output without members", () => {
    expect(awsJson1_0.deserializeResponse(Scalars, response(200, ""), ctx())).toEqual({});
    expect(awsJson1_0.deserializeResponse(op("NoInputAndNoOutput", []), response(200, '{"foo":true}'), ctx())).toEqual({});
    expect(awsJson1_0.deserializeResponse(op("NoInputAndNoOutput", []), response(200, "garbage"), ctx())).toEqual({});
  });

  it("throws MalformedResponseError for an invalid 2xx body", () => {
    const error = thrown(Scalars, response(200, '{"floatValue":true}'));
    expect(error).toBeInstanceOf(JsonRpc10ServiceException);
    expect(error.name).toBe("MalformedResponseError");
    expect(error.message).toMatch(/expected a number, found boolean true at floatValue/);
  });
});

describe("awsJson1_0 errors", () => {
  it("reads a modeled error from __type, members by member name", () => {
    const error = thrown(Scalars, response(400, '{"__type":"aws.protocoltests.json10#InvalidGreeting","Message":"Hi"}'));
    expect(error).toBeInstanceOf(InvalidGreeting);
    expect(error.message).toBe("Hi");
    expect((error as InvalidGreeting).Message).toBe("Hi");
    const complex = thrown(
      Scalars,
      response(400, '{"__type":"aws.protocoltests.json10#ComplexError","TopLevel":"Top level","Nested":{"Foo":"bar"}}'),
    );
    expect(complex).toBeInstanceOf(ComplexError);
    expect((complex as ComplexError).Nested).toEqual({ Foo: "bar" });
    expect((complex as ComplexError).TopLevel).toBe("Top level");
  });

  it("reads the code from the X-Amzn-Errortype header first", () => {
    const error = thrown(Scalars, response(400, '{"__type":"Other"}', { "x-amzn-errortype": "InvalidGreeting:http://x/" }));
    expect(error).toBeInstanceOf(InvalidGreeting);
  });

  it("turns unknown or missing codes into the base exception", () => {
    const unknown = thrown(Scalars, response(500, '{"__type":"com.amazon.coral.service#InternalFailure"}'));
    expect([unknown.constructor, unknown.name, unknown.$fault]).toEqual([JsonRpc10ServiceException, "InternalFailure", "server"]);
    const none = thrown(Scalars, response(400, "<html>"));
    expect([none.name, none.$fault, none.$metadata.httpStatusCode]).toEqual(["UnknownError", "client", 400]);
  });
});
