import { describe, expect, it } from "vitest";
import { ServiceException } from "../errors/service-exception.js";
import type { RawResponse } from "../protocol.js";
import type { ListSchema, MapSchema, MemberSchema, OperationSchema, ScalarSchema, StructureSchema } from "../schema.js";
import { TestServiceException, testContext, testService } from "../testing/codec-context.js";
import { restJson1 } from "./rest-json1.js";
import { utf8Encode } from "./utf8.js";

const service = testService({ protocol: restJson1, id: "aws.protocoltests.restjson#RestJson" });
const ctx = testContext(service);

const str: ScalarSchema = { k: "string" };
const int: ScalarSchema = { k: "integer" };
const flt: ScalarSchema = { k: "float" };
const bool: ScalarSchema = { k: "boolean" };
const ts: ScalarSchema = { k: "timestamp" };
const blob: ScalarSchema = { k: "blob" };
const doc: ScalarSchema = { k: "document" };
const struct = (id: string, members: MemberSchema[]): StructureSchema => ({
  k: "structure",
  id: `aws.protocoltests.restjson#${id}`,
  members,
});
const list = (member: ListSchema["member"]): ListSchema => ({ k: "list", member });
const map = (value: MapSchema["value"]): MapSchema => ({ k: "map", key: str, value });

function op(name: string, members: MemberSchema[]): OperationSchema {
  return {
    name,
    input: struct(`${name}Input`, []),
    output: struct(`${name}Output`, members),
    errors: [],
    http: { method: "POST", uri: `/${name}`, code: 200 },
  };
}

function response(statusCode: number, headers: Record<string, string>, body = ""): RawResponse {
  return { statusCode, headers, body: utf8Encode(body) };
}

const read = (operation: OperationSchema, res: RawResponse) =>
  restJson1.deserializeResponse(operation, res, ctx) as Record<string, unknown>;

function thrown(fn: () => unknown): ServiceException {
  try {
    fn();
  } catch (error) {
    if (error instanceof ServiceException) return error;
    throw error;
  }
  throw new Error("expected a ServiceException");
}

const at = (seconds: number) => new Date(seconds * 1000);

describe("restJson1 response: headers", () => {
  const Headers = op("InputAndOutputWithHeaders", [
    { name: "headerString", target: str, http: { in: "header", name: "X-String" } },
    { name: "headerShort", target: { k: "short" }, http: { in: "header", name: "X-Short" } },
    { name: "headerFloat", target: flt, http: { in: "header", name: "X-Float" } },
    { name: "headerTrueBool", target: bool, http: { in: "header", name: "X-Boolean1" } },
    { name: "headerFalseBool", target: bool, http: { in: "header", name: "X-Boolean2" } },
    { name: "headerStringList", target: list(str), http: { in: "header", name: "X-StringList" } },
    { name: "headerIntegerList", target: list(int), http: { in: "header", name: "X-IntegerList" } },
    { name: "headerBooleanList", target: list(bool), http: { in: "header", name: "X-BooleanList" } },
    { name: "headerTimestampList", target: list(ts), http: { in: "header", name: "X-TimestampList" } },
    { name: "headerIntegerEnum", target: { k: "intEnum" }, http: { in: "header", name: "X-IntegerEnum" } },
    { name: "json", target: { k: "string", mediaType: "application/json" }, http: { in: "header", name: "X-Json" } },
    { name: "memberEpochSeconds", target: ts, tf: "epoch-seconds", http: { in: "header", name: "X-memberEpochSeconds" } },
    { name: "memberDateTime", target: ts, tf: "date-time", http: { in: "header", name: "X-memberDateTime" } },
    { name: "defaultFormat", target: ts, http: { in: "header", name: "X-defaultFormat" } },
  ]);

  it("reads every header type (names are matched in lower case)", () => {
    const out = read(
      Headers,
      response(200, {
        "x-string": "Hello",
        "x-short": "123",
        "x-float": "1.1",
        "x-boolean1": "true",
        "x-boolean2": "false",
        "x-stringlist": '"b,c", "\\"def\\"", a',
        "x-integerlist": "1, 2, 3",
        "x-booleanlist": "true, false, true",
        "x-timestamplist": "Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT",
        "x-integerenum": "1",
        "x-json": "dHJ1ZQ==",
        "x-memberepochseconds": "1576540098",
        "x-memberdatetime": "2019-12-16T23:48:18Z",
        "x-defaultformat": "Mon, 16 Dec 2019 23:48:18 GMT",
      }),
    );
    expect(out).toEqual({
      headerString: "Hello",
      headerShort: 123,
      headerFloat: 1.1,
      headerTrueBool: true,
      headerFalseBool: false,
      headerStringList: ["b,c", '"def"', "a"],
      headerIntegerList: [1, 2, 3],
      headerBooleanList: [true, false, true],
      headerTimestampList: [at(1576540098), at(1576540098)],
      headerIntegerEnum: 1,
      json: "true",
      memberEpochSeconds: at(1576540098),
      memberDateTime: at(1576540098),
      defaultFormat: at(1576540098),
    });
  });

  it("reads NaN and infinities", () => {
    expect(read(Headers, response(200, { "x-float": "NaN" })).headerFloat).toBeNaN();
    expect(read(Headers, response(200, { "x-float": "-Infinity" })).headerFloat).toBe(Number.NEGATIVE_INFINITY);
  });

  it.each([
    [{ "x-short": "12x" }, /expected an integer, found the string "12x" at header x-short/],
    [{ "x-boolean1": "yes" }, /expected true or false, found the string "yes" at header x-boolean1/],
    [{ "x-float": "" }, /expected a number/],
    [{ "x-defaultformat": "Someday" }, /timestamp \(http-date\)/],
    [{ "x-json": "###" }, /expected base64, found the string "###" at header x-json/],
  ])("turns a malformed header %j into MalformedResponseError", (headers, message) => {
    const error = thrown(() => read(Headers, response(200, headers)));
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error.name).toBe("MalformedResponseError");
    expect(error.$fault).toBe("server");
    expect(error.message).toMatch(message);
  });

  it("reads prefix headers, and an empty prefix takes every header", () => {
    const Prefix = op("HttpPrefixHeaders", [
      { name: "foo", target: str, http: { in: "header", name: "x-foo" } },
      { name: "fooMap", target: map(str), http: { in: "prefixHeaders", prefix: "X-Foo-" } },
    ]);
    expect(read(Prefix, response(200, { "x-foo": "Foo", "x-foo-abc": "Abc value", "x-foo-def": "Def value" }))).toEqual({
      foo: "Foo",
      fooMap: { abc: "Abc value", def: "Def value" },
    });
    const All = op("HttpEmptyPrefixHeaders", [
      { name: "prefixHeaders", target: map(str), http: { in: "prefixHeaders", prefix: "" } },
      { name: "specificHeader", target: str, http: { in: "header", name: "hello" } },
    ]);
    expect(read(All, response(200, { "x-foo": "Foo", hello: "There" }))).toEqual({
      prefixHeaders: { "x-foo": "Foo", hello: "There" },
      specificHeader: "There",
    });
  });
});

describe("restJson1 response: status code and body", () => {
  it("binds @httpResponseCode, with a JSON or an empty body", () => {
    const Code = op("HttpResponseCode", [{ name: "Status", target: int, http: { in: "responseCode" } }]);
    expect(read(Code, response(201, { "content-type": "application/json" }, "{}"))).toEqual({ Status: 201 });
    expect(read(Code, response(201, {}, ""))).toEqual({ Status: 201 });
  });

  const Scalars = op("SimpleScalarProperties", [
    { name: "foo", target: str, http: { in: "header", name: "X-Foo" } },
    { name: "stringValue", target: str },
    { name: "doubleValue", target: { k: "double" }, jsonName: "DoubleDribble" },
    { name: "timestamp", target: { k: "timestamp", tf: "date-time" } },
    { name: "baz", target: str, http: { in: "query", name: "baz" } },
  ]);

  it("reads body members by JSON name along with headers; nulls are absent", () => {
    expect(read(Scalars, response(200, { "x-foo": "Foo" }, '{"stringValue":"string","DoubleDribble":6.5,"foo":"not from body"}'))).toEqual({
      foo: "Foo",
      stringValue: "string",
      doubleValue: 6.5,
    });
    expect(read(Scalars, response(200, {}, '{"stringValue":null}'))).toEqual({});
  });

  it("reads members bound to request-only locations from the body", () => {
    expect(read(Scalars, response(200, {}, '{"baz":"bam"}'))).toEqual({ baz: "bam" });
  });

  it("reads date-times with offsets and fractional seconds", () => {
    expect(read(Scalars, response(200, {}, '{"timestamp":"2019-12-16T22:48:18-01:00"}'))).toEqual({ timestamp: at(1576540098) });
    expect(read(Scalars, response(200, {}, '  {"timestamp":"2000-01-02T20:34:56.123Z"}\n'))).toEqual({ timestamp: new Date(946845296123) });
  });

  it("accepts an empty or whitespace body", () => {
    expect(read(Scalars, response(200, {}, ""))).toEqual({});
    expect(read(Scalars, response(200, {}, " \n"))).toEqual({});
  });

  it("ignores the body of an output without body members", () => {
    const OnlyHeader = op("GreetingWithErrors", [{ name: "greeting", target: str, http: { in: "header", name: "X-Greeting" } }]);
    expect(read(OnlyHeader, response(200, { "x-greeting": "Hello" }, "not json at all"))).toEqual({ greeting: "Hello" });
    expect(read(op("NoInputAndNoOutput", []), response(200, {}, "<html>"))).toEqual({});
  });

  it.each([
    ["{", /Could not read the SimpleScalarProperties response \(HTTP 200\): .*JSON/],
    ["<html><body>Bad gateway</body></html>", /JSON/],
    ['["a"]', /expected an object, found an array/],
    ['{"stringValue":5}', /expected a string, found number 5 at stringValue/],
    ['{"timestamp":"yesterday"}', /timestamp \(date-time\), found the string "yesterday" at timestamp/],
  ])("turns a malformed 2xx body %j into MalformedResponseError with the raw response and a cause", (body, message) => {
    const res = response(200, { "x-amzn-requestid": "req-1" }, body);
    const error = thrown(() => read(Scalars, res));
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error.name).toBe("MalformedResponseError");
    expect(error.$fault).toBe("server");
    expect(error.message).toMatch(message);
    expect(error.$metadata).toEqual({ httpStatusCode: 200, requestId: "req-1" });
    expect(error.$response).toBe(res);
    expect((error as { cause?: unknown }).cause).toBeInstanceOf(Error);
  });

  it("accepts any 2xx status", () => {
    expect(read(Scalars, response(204, {}, ""))).toEqual({});
  });
});

describe("restJson1 response: @httpPayload", () => {
  const payloadOp = (name: string, target: MemberSchema["target"]) =>
    op(name, [
      { name: "foo", target: str, http: { in: "header", name: "X-Foo" } },
      { name: "payload", target, http: { in: "payload" } },
    ]);

  it("reads a blob payload as bytes, and no payload from an empty body", () => {
    const Blob = payloadOp("HttpPayloadTraits", blob);
    expect(read(Blob, response(200, { "x-foo": "Foo" }, "blobby blob blob"))).toEqual({
      foo: "Foo",
      payload: utf8Encode("blobby blob blob"),
    });
    expect(read(Blob, response(200, { "x-foo": "Foo" }, ""))).toEqual({ foo: "Foo" });
  });

  it("reads string and enum payloads as text", () => {
    expect(read(payloadOp("HttpStringPayload", str), response(200, {}, "rawstring"))).toEqual({ payload: "rawstring" });
    expect(read(payloadOp("HttpEnumPayload", { k: "enum" }), response(200, {}, "enumvalue"))).toEqual({ payload: "enumvalue" });
  });

  it("reads structure, union and document payloads as JSON", () => {
    const Nested = struct("NestedPayload", [
      { name: "greeting", target: str },
      { name: "name", target: str },
    ]);
    expect(read(payloadOp("HttpPayloadWithStructure", Nested), response(200, {}, '{"greeting":"hello","name":"Phreddy"}'))).toEqual({
      payload: { greeting: "hello", name: "Phreddy" },
    });
    expect(read(payloadOp("HttpPayloadWithStructure", Nested), response(200, {}, ""))).toEqual({});
    const Union = payloadOp("HttpPayloadWithUnion", { k: "union", id: "t#UnionPayload", members: [{ name: "greeting", target: str }] });
    expect(read(Union, response(200, {}, '{"greeting":"hello"}'))).toEqual({ payload: { greeting: "hello" } });
    expect(read(Union, response(200, { "content-length": "0" }, ""))).toEqual({});
    expect(read(payloadOp("DocumentTypeAsPayload", doc), response(200, {}, '"hello"'))).toEqual({ payload: "hello" });
    expect(read(payloadOp("DocumentTypeAsPayload", doc), response(200, {}, '{"foo":"bar"}'))).toEqual({ payload: { foo: "bar" } });
  });

  it("turns a malformed JSON payload into MalformedResponseError", () => {
    const Nested = struct("NestedPayload", [{ name: "greeting", target: str }]);
    expect(thrown(() => read(payloadOp("HttpPayloadWithStructure", Nested), response(200, {}, '{"greeting":'))).name).toBe(
      "MalformedResponseError",
    );
  });
});
