import { describe, expect, it } from "vitest";
import type { SerdeContext } from "../protocol.js";
import type { ListSchema, MapSchema, MemberSchema, OperationSchema, ScalarSchema, StructureSchema, UnionSchema } from "../schema.js";
import { testContext, testService } from "../testing/codec-context.js";
import { restJson1 } from "./rest-json1.js";
import { utf8Encode } from "./utf8.js";

const service = testService({ protocol: restJson1, id: "aws.protocoltests.restjson#RestJson" });

const str: ScalarSchema = { k: "string" };
const int: ScalarSchema = { k: "integer" };
const dbl: ScalarSchema = { k: "double" };
const flt: ScalarSchema = { k: "float" };
const bool: ScalarSchema = { k: "boolean" };
const ts: ScalarSchema = { k: "timestamp" };
const blob: ScalarSchema = { k: "blob" };
const doc: ScalarSchema = { k: "document" };
const enm: ScalarSchema = { k: "enum", values: ["Foo", "Baz", "Bar"] };
const struct = (id: string, members: MemberSchema[]): StructureSchema => ({
  k: "structure",
  id: `aws.protocoltests.restjson#${id}`,
  members,
});
const list = (member: ListSchema["member"]): ListSchema => ({ k: "list", member });
const map = (value: MapSchema["value"]): MapSchema => ({ k: "map", key: str, value });

function op(name: string, method: string, uri: string, members: MemberSchema[], extra: Partial<OperationSchema> = {}): OperationSchema {
  return {
    name,
    input: struct(`${name}Input`, members),
    output: struct(`${name}Output`, []),
    errors: [],
    http: { method, uri, code: 200 },
    ...extra,
  };
}

function send(operation: OperationSchema, input: object, endpointPath = "/") {
  const ctx = testContext(service, { path: endpointPath });
  return restJson1.serializeRequest(operation, input, ctx);
}

const at = (seconds: number) => new Date(seconds * 1000);

describe("restJson1 request: method, path and labels", () => {
  const Labels = op(
    "HttpRequestWithLabels",
    "GET",
    "/HttpRequestWithLabels/{string}/{short}/{integer}/{long}/{float}/{double}/{boolean}/{timestamp}",
    [
      { name: "string", target: str, http: { in: "label" }, required: true },
      { name: "short", target: { k: "short" }, http: { in: "label" }, required: true },
      { name: "integer", target: int, http: { in: "label" }, required: true },
      { name: "long", target: { k: "long" }, http: { in: "label" }, required: true },
      { name: "float", target: flt, http: { in: "label" }, required: true },
      { name: "double", target: dbl, http: { in: "label" }, required: true },
      { name: "boolean", target: bool, http: { in: "label" }, required: true },
      { name: "timestamp", target: ts, http: { in: "label" }, required: true },
    ],
  );
  const all = { short: 1, integer: 2, long: 3, float: 4.1, double: 5.1, boolean: true, timestamp: at(1576540098) };

  it("fills labels of every scalar type (timestamps as date-time), with no body", () => {
    const request = send(Labels, { string: "string", ...all });
    expect(request.method).toBe("GET");
    expect(request.protocol).toBe("https:");
    expect(request.hostname).toBe("example.com");
    expect(request.path).toBe("/HttpRequestWithLabels/string/1/2/3/4.1/5.1/true/2019-12-16T23%3A48%3A18Z");
    expect(request.query).toEqual({});
    expect(request.headers).toEqual({});
    expect(request.body).toBeUndefined();
  });

  it("percent-encodes label values", () => {
    const request = send(Labels, { string: " %:/?#[]@!$&'()*+,;=😹", ...all });
    expect(request.path).toBe(
      "/HttpRequestWithLabels/%20%25%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%F0%9F%98%B9/1/2/3/4.1/5.1/true/2019-12-16T23%3A48%3A18Z",
    );
  });

  it("encodes an ARN label", () => {
    const Arn = op("GetProfile", "GET", "/profiles/{ProfileArn}", [{ name: "ProfileArn", target: str, http: { in: "label" } }]);
    expect(send(Arn, { ProfileArn: "arn:aws:iam::123:instance-profile/x" }).path).toBe(
      "/profiles/arn%3Aaws%3Aiam%3A%3A123%3Ainstance-profile%2Fx",
    );
  });

  it("writes label timestamps in the member's or target's format", () => {
    const Formats = op(
      "HttpRequestWithLabelsAndTimestampFormat",
      "GET",
      "/T/{memberEpochSeconds}/{memberHttpDate}/{defaultFormat}/{targetHttpDate}",
      [
        { name: "memberEpochSeconds", target: ts, tf: "epoch-seconds", http: { in: "label" } },
        { name: "memberHttpDate", target: ts, tf: "http-date", http: { in: "label" } },
        { name: "defaultFormat", target: ts, http: { in: "label" } },
        { name: "targetHttpDate", target: { k: "timestamp", tf: "http-date" }, http: { in: "label" } },
      ],
    );
    const when = at(1576540098);
    expect(send(Formats, { memberEpochSeconds: when, memberHttpDate: when, defaultFormat: when, targetHttpDate: when }).path).toBe(
      "/T/1576540098/Mon%2C%2016%20Dec%202019%2023%3A48%3A18%20GMT/2019-12-16T23%3A48%3A18Z/Mon%2C%2016%20Dec%202019%2023%3A48%3A18%20GMT",
    );
  });

  it("keeps slashes of greedy labels only", () => {
    const Greedy = op("HttpRequestWithGreedyLabelInPath", "GET", "/HttpRequestWithGreedyLabelInPath/foo/{foo}/baz/{baz+}", [
      { name: "foo", target: str, http: { in: "label" } },
      { name: "baz", target: str, http: { in: "label", greedy: true } },
    ]);
    expect(send(Greedy, { foo: "hello/escape", baz: "there/guy" }).path).toBe(
      "/HttpRequestWithGreedyLabelInPath/foo/hello%2Fescape/baz/there/guy",
    );
  });

  it("writes NaN and infinities in labels", () => {
    const Floats = op("HttpRequestWithFloatLabels", "GET", "/FloatHttpLabels/{float}/{double}", [
      { name: "float", target: flt, http: { in: "label" } },
      { name: "double", target: dbl, http: { in: "label" } },
    ]);
    expect(send(Floats, { float: Number.NaN, double: Number.NaN }).path).toBe("/FloatHttpLabels/NaN/NaN");
    expect(send(Floats, { float: Number.POSITIVE_INFINITY, double: Number.NEGATIVE_INFINITY }).path).toBe(
      "/FloatHttpLabels/Infinity/-Infinity",
    );
  });

  it("keeps literal segments that look like regular expressions", () => {
    const Regex = op("HttpRequestWithRegexLiteral", "GET", "/ReDosLiteral/{str}/(a+)+", [
      { name: "str", target: str, http: { in: "label" } },
    ]);
    expect(send(Regex, { str: "abc" }).path).toBe("/ReDosLiteral/abc/(a+)+");
  });

  it("refuses a missing or empty label", () => {
    const One = op("One", "GET", "/one/{id}", [{ name: "id", target: str, http: { in: "label" } }]);
    expect(() => send(One, {})).toThrow(/id is a URI label and must be set/);
    expect(() => send(One, { id: "" })).toThrow(/id is a URI label and must be set/);
  });

  it("joins the endpoint's base path without a double slash", () => {
    const HostWithPath = op("HostWithPathOperation", "GET", "/HostWithPathOperation", []);
    expect(send(HostWithPath, {}, "/custom").path).toBe("/custom/HostWithPathOperation");
    expect(send(HostWithPath, {}, "/custom/").path).toBe("/custom/HostWithPathOperation");
    expect(send(HostWithPath, {}, "/").path).toBe("/HostWithPathOperation");
  });

  it("passes the endpoint's port through", () => {
    const Plain = op("Plain", "GET", "/plain", []);
    const ctx: SerdeContext = { service, endpoint: { protocol: "http:", hostname: "127.0.0.1", port: 8080, path: "/" } };
    const request = restJson1.serializeRequest(Plain, {}, ctx);
    expect([request.protocol, request.hostname, request.port]).toEqual(["http:", "127.0.0.1", 8080]);
  });
});

describe("restJson1 request: query", () => {
  const AllQuery = op("AllQueryStringTypes", "GET", "/AllQueryStringTypesInput", [
    { name: "queryString", target: str, http: { in: "query", name: "String" } },
    { name: "queryStringList", target: list(str), http: { in: "query", name: "StringList" } },
    { name: "queryByte", target: { k: "byte" }, http: { in: "query", name: "Byte" } },
    { name: "queryInteger", target: int, http: { in: "query", name: "Integer" } },
    { name: "queryIntegerList", target: list(int), http: { in: "query", name: "IntegerList" } },
    { name: "queryFloat", target: flt, http: { in: "query", name: "Float" } },
    { name: "queryDouble", target: dbl, http: { in: "query", name: "Double" } },
    { name: "queryBoolean", target: bool, http: { in: "query", name: "Boolean" } },
    { name: "queryBooleanList", target: list(bool), http: { in: "query", name: "BooleanList" } },
    { name: "queryTimestamp", target: ts, http: { in: "query", name: "Timestamp" } },
    { name: "queryTimestampList", target: list(ts), http: { in: "query", name: "TimestampList" } },
    { name: "queryEnum", target: enm, http: { in: "query", name: "Enum" } },
    { name: "queryIntegerEnumList", target: list({ k: "intEnum" }), http: { in: "query", name: "IntegerEnumList" } },
    { name: "queryParamsMapOfStringList", target: map(list(str)), http: { in: "queryParams" } },
  ]);

  it("writes every query type as text, lists as repeated keys, values unencoded (the HTTP handler encodes)", () => {
    const request = send(AllQuery, {
      queryString: "Hello there",
      queryStringList: ["a", "b", "c"],
      queryByte: 1,
      queryInteger: 3,
      queryIntegerList: [1, 2, 3],
      queryFloat: 1.1,
      queryDouble: 1.1,
      queryBoolean: true,
      queryBooleanList: [true, false, true],
      queryTimestamp: at(1),
      queryTimestampList: [at(1), at(2), at(3)],
      queryEnum: "Foo",
      queryIntegerEnumList: [1, 2, 3],
      queryParamsMapOfStringList: { String: ["Hello there"], Byte: ["1"], Other: ["x", "y"] },
    });
    expect(request.query).toEqual({
      String: "Hello there",
      StringList: ["a", "b", "c"],
      Byte: "1",
      Integer: "3",
      IntegerList: ["1", "2", "3"],
      Float: "1.1",
      Double: "1.1",
      Boolean: "true",
      BooleanList: ["true", "false", "true"],
      Timestamp: "1970-01-01T00:00:01Z",
      TimestampList: ["1970-01-01T00:00:01Z", "1970-01-01T00:00:02Z", "1970-01-01T00:00:03Z"],
      Enum: "Foo",
      IntegerEnumList: ["1", "2", "3"],
      Other: ["x", "y"],
    });
    expect(request.body).toBeUndefined();
  });

  it("writes zero, false, NaN and the empty string; omits null and empty lists", () => {
    expect(
      send(AllQuery, { queryInteger: 0, queryBoolean: false, queryFloat: Number.NaN, queryDouble: Number.NEGATIVE_INFINITY }).query,
    ).toEqual({
      Integer: "0",
      Boolean: "false",
      Float: "NaN",
      Double: "-Infinity",
    });
    expect(send(AllQuery, { queryString: "", queryStringList: [], queryIntegerList: [], queryEnum: null }).query).toEqual({ String: "" });
  });

  it("merges literal query parameters of the URI with members", () => {
    const Constant = op("ConstantQueryString", "GET", "/ConstantQueryString/{hello}?foo=bar&hello", [
      { name: "hello", target: str, http: { in: "label" } },
    ]);
    const request = send(Constant, { hello: "hi" });
    expect(request.path).toBe("/ConstantQueryString/hi");
    expect(request.query).toEqual({ foo: "bar", hello: "" });
    const Variable = op("ConstantAndVariableQueryString", "GET", "/ConstantAndVariableQueryString?foo=bar", [
      { name: "baz", target: str, http: { in: "query", name: "baz" } },
      { name: "maybeSet", target: str, http: { in: "query", name: "maybeSet" } },
    ]);
    expect(send(Variable, { baz: "bam" }).query).toEqual({ foo: "bar", baz: "bam" });
    expect(send(Variable, { baz: "bam", maybeSet: "yes" }).query).toEqual({ foo: "bar", baz: "bam", maybeSet: "yes" });
  });

  it("lets @httpQuery win over @httpQueryParams for the same key", () => {
    const Precedence = op("QueryPrecedence", "POST", "/Precedence", [
      { name: "foo", target: str, http: { in: "query", name: "bar" } },
      { name: "baz", target: map(str), http: { in: "queryParams" } },
    ]);
    expect(send(Precedence, { foo: "named", baz: { bar: "fromMap", qux: "alsoFromMap" } }).query).toEqual({
      bar: "named",
      qux: "alsoFromMap",
    });
    expect(send(Precedence, { baz: { bar: "fromMap" } }).query).toEqual({ bar: "fromMap" });
    expect(send(Precedence, { baz: {} }).query).toEqual({});
  });
});

describe("restJson1 request: headers", () => {
  const Headers = op("InputAndOutputWithHeaders", "POST", "/InputAndOutputWithHeaders", [
    { name: "headerString", target: str, http: { in: "header", name: "X-String" } },
    { name: "headerByte", target: { k: "byte" }, http: { in: "header", name: "X-Byte" } },
    { name: "headerFloat", target: flt, http: { in: "header", name: "X-Float" } },
    { name: "headerTrueBool", target: bool, http: { in: "header", name: "X-Boolean1" } },
    { name: "headerFalseBool", target: bool, http: { in: "header", name: "X-Boolean2" } },
    { name: "headerStringList", target: list(str), http: { in: "header", name: "X-StringList" } },
    { name: "headerIntegerList", target: list(int), http: { in: "header", name: "X-IntegerList" } },
    { name: "headerTimestampList", target: list(ts), http: { in: "header", name: "X-TimestampList" } },
    { name: "headerEnumList", target: list(enm), http: { in: "header", name: "X-EnumList" } },
    { name: "json", target: { k: "string", mediaType: "application/json" }, http: { in: "header", name: "X-Json" } },
    { name: "memberDateTime", target: ts, tf: "date-time", http: { in: "header", name: "X-memberDateTime" } },
    { name: "defaultFormat", target: ts, http: { in: "header", name: "X-defaultFormat" } },
    { name: "targetEpochSeconds", target: { k: "timestamp", tf: "epoch-seconds" }, http: { in: "header", name: "X-targetEpochSeconds" } },
  ]);

  it("writes scalars, lists joined with ', ', http-date timestamps, base64 media-type strings; no body", () => {
    const when = at(1576540098);
    const request = send(Headers, {
      headerString: "Hello",
      headerByte: 1,
      headerFloat: 1.1,
      headerTrueBool: true,
      headerFalseBool: false,
      headerStringList: ["a", "b", "c"],
      headerIntegerList: [1, 2, 3],
      headerTimestampList: [when, when],
      headerEnumList: ["Foo", "Bar", "Baz"],
      json: "true",
      memberDateTime: when,
      defaultFormat: when,
      targetEpochSeconds: when,
    });
    expect(request.headers).toEqual({
      "X-String": "Hello",
      "X-Byte": "1",
      "X-Float": "1.1",
      "X-Boolean1": "true",
      "X-Boolean2": "false",
      "X-StringList": "a, b, c",
      "X-IntegerList": "1, 2, 3",
      "X-TimestampList": "Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT",
      "X-EnumList": "Foo, Bar, Baz",
      "X-Json": "dHJ1ZQ==",
      "X-memberDateTime": "2019-12-16T23:48:18Z",
      "X-defaultFormat": "Mon, 16 Dec 2019 23:48:18 GMT",
      "X-targetEpochSeconds": "1576540098",
    });
    expect(request.body).toBeUndefined();
  });

  it("quotes list items holding commas or quotes", () => {
    expect(send(Headers, { headerStringList: ["b,c", '"def"', "a"] }).headers).toEqual({ "X-StringList": '"b,c", "\\"def\\"", a' });
  });

  it("writes NaN and infinities", () => {
    expect(send(Headers, { headerFloat: Number.NaN }).headers).toEqual({ "X-Float": "NaN" });
    expect(send(Headers, { headerFloat: Number.NEGATIVE_INFINITY }).headers).toEqual({ "X-Float": "-Infinity" });
  });

  it("omits null headers, sends empty strings and empty lists as empty values", () => {
    expect(send(Headers, { headerString: null, headerEnumList: [], json: undefined }).headers).toEqual({ "X-EnumList": "" });
    expect(send(Headers, { headerString: "" }).headers).toEqual({ "X-String": "" });
  });

  it("writes prefix headers, and a specific header wins over a prefix entry", () => {
    const Prefix = op("HttpPrefixHeaders", "GET", "/HttpPrefixHeaders", [
      { name: "foo", target: str, http: { in: "header", name: "x-foo" } },
      { name: "fooMap", target: map(str), http: { in: "prefixHeaders", prefix: "x-foo-" } },
    ]);
    expect(send(Prefix, { foo: "Foo", fooMap: { abc: "Abc value", def: "Def value" } }).headers).toEqual({
      "x-foo": "Foo",
      "x-foo-abc": "Abc value",
      "x-foo-def": "Def value",
    });
    expect(send(Prefix, { fooMap: { abc: "" } }).headers).toEqual({ "x-foo-abc": "" });
    expect(send(Prefix, { foo: "Foo", fooMap: {} }).headers).toEqual({ "x-foo": "Foo" });
    const Empty = op("HttpEmptyPrefixHeaders", "GET", "/HttpEmptyPrefixHeaders", [
      { name: "prefixHeaders", target: map(str), http: { in: "prefixHeaders", prefix: "" } },
      { name: "specificHeader", target: str, http: { in: "header", name: "hello" } },
    ]);
    expect(send(Empty, { prefixHeaders: { "x-foo": "Foo", Hello: "Hello" }, specificHeader: "There" }).headers).toEqual({
      "x-foo": "Foo",
      hello: "There",
    });
  });
});

describe("restJson1 request: body", () => {
  const TestConfig = struct("TestConfig", [{ name: "timeout", target: int }]);
  const Body = op("TestBodyStructure", "POST", "/body", [
    { name: "testId", target: str, http: { in: "header", name: "x-amz-test-id" } },
    { name: "testConfig", target: TestConfig },
    { name: "doubleValue", target: dbl, jsonName: "DoubleDribble" },
  ]);

  it("writes body members as JSON (with @jsonName) and sets Content-Type", () => {
    const request = send(Body, { testId: "t-1", testConfig: { timeout: 10 }, doubleValue: 6.5 });
    expect(request.headers).toEqual({ "x-amz-test-id": "t-1", "Content-Type": "application/json" });
    expect(JSON.parse(request.body)).toEqual({ testConfig: { timeout: 10 }, DoubleDribble: 6.5 });
  });

  it("sends {} when the input has body members but none is set", () => {
    const request = send(Body, {});
    expect(request.body).toBe("{}");
    expect(request.headers).toEqual({ "Content-Type": "application/json" });
  });

  it("sends no body and no Content-Type when the input has no body members", () => {
    const NoPayload = op("TestPostNoPayload", "POST", "/no_payload", [
      { name: "testId", target: str, http: { in: "header", name: "X-Amz-Test-Id" } },
    ]);
    expect(send(NoPayload, { testId: "t-12345" })).toMatchObject({ body: undefined, headers: { "X-Amz-Test-Id": "t-12345" } });
    expect(send(NoPayload, {}).headers).toEqual({});
    const Empty = op("EmptyInputAndEmptyOutput", "POST", "/EmptyInputAndEmptyOutput", []);
    expect(send(Empty, {})).toMatchObject({ body: undefined, headers: {}, query: {} });
  });

  it("keeps @hostLabel members in the body", () => {
    const HostLabel = op("EndpointWithHostLabelOperation", "POST", "/EndpointWithHostLabelOperation", [
      { name: "label", target: str, http: { in: "hostLabel" }, required: true },
    ]);
    expect(send(HostLabel, { label: "bar" }).body).toBe('{"label":"bar"}');
  });

  it("does not fill top-level input defaults", () => {
    const Defaults = op("OperationWithDefaults", "POST", "/OperationWithDefaults", [
      { name: "topLevelDefault", target: str, default: "hi" },
    ]);
    expect(send(Defaults, {}).body).toBe("{}");
  });

  it("leaves Content-MD5 of @httpChecksumRequired to the client's checksum middleware", () => {
    const Checksum = op("HttpChecksumRequired", "POST", "/HttpChecksumRequired", [{ name: "foo", target: str }], {
      checksumRequired: true,
    });
    const request = send(Checksum, { foo: "base64 encoded md5 checksum" });
    expect(request.body).toBe('{"foo":"base64 encoded md5 checksum"}');
    expect(request.headers).toEqual({ "Content-Type": "application/json" });
  });
});

describe("restJson1 request: @httpPayload", () => {
  const payloadOp = (name: string, target: MemberSchema["target"], extra: MemberSchema[] = []) =>
    op(name, "POST", `/${name}`, [...extra, { name: "payload", target, http: { in: "payload" } }]);
  const foo: MemberSchema = { name: "foo", target: str, http: { in: "header", name: "X-Foo" } };

  it("sends a blob as raw bytes with application/octet-stream, or its @mediaType", () => {
    const Blob = payloadOp("HttpPayloadTraits", blob, [foo]);
    const request = send(Blob, { foo: "Foo", payload: utf8Encode("blobby blob blob") });
    expect(request.body).toEqual(utf8Encode("blobby blob blob"));
    expect(request.headers).toEqual({ "X-Foo": "Foo", "Content-Type": "application/octet-stream" });
    expect(send(Blob, { payload: "as text" }).body).toBe("as text");
    const Typed = payloadOp("HttpPayloadTraitsWithMediaType", { k: "blob", mediaType: "text/plain" }, [foo]);
    expect(send(Typed, { foo: "Foo", payload: "blobby blob blob" }).headers).toEqual({ "X-Foo": "Foo", "Content-Type": "text/plain" });
  });

  it("sends no body and no Content-Type for an unset blob, union, string or document payload", () => {
    for (const target of [blob, { k: "union", id: "t#U", members: [{ name: "greeting", target: str }] } as UnionSchema, str, doc]) {
      const request = send(payloadOp("Unset", target, [foo]), { foo: "Foo" });
      expect(request.body).toBeUndefined();
      expect(request.headers).toEqual({ "X-Foo": "Foo" });
    }
  });

  it("lets a header member bound to Content-Type win", () => {
    const Blob = payloadOp("TestPayloadBlob", blob, [{ name: "contentType", target: str, http: { in: "header", name: "Content-Type" } }]);
    expect(send(Blob, { contentType: "image/jpg", payload: "1234" }).headers).toEqual({ "Content-Type": "image/jpg" });
  });

  it("passes streams through untouched", () => {
    const Stream = payloadOp("StreamingTraits", { k: "blob", streaming: true });
    const stream = new ReadableStream();
    expect(send(Stream, { payload: stream }).body).toBe(stream);
  });

  it("sends structures and unions as JSON; an unset structure as {}", () => {
    const Nested = struct("NestedPayload", [
      { name: "greeting", target: str },
      { name: "name", target: str, jsonName: "Name" },
    ]);
    const Struct = payloadOp("HttpPayloadWithStructure", Nested);
    const request = send(Struct, { payload: { greeting: "hello", name: "Phreddy" } });
    expect(JSON.parse(request.body)).toEqual({ greeting: "hello", Name: "Phreddy" });
    expect(request.headers).toEqual({ "Content-Type": "application/json" });
    expect(send(Struct, {})).toMatchObject({ body: "{}", headers: { "Content-Type": "application/json" } });
    const Union = payloadOp("HttpPayloadWithUnion", { k: "union", id: "t#UnionPayload", members: [{ name: "greeting", target: str }] });
    expect(send(Union, { payload: { greeting: "hello" } }).body).toBe('{"greeting":"hello"}');
  });

  it("sends strings and enums as text/plain, documents as JSON", () => {
    expect(send(payloadOp("HttpStringPayload", str), { payload: "rawstring" })).toMatchObject({
      body: "rawstring",
      headers: { "Content-Type": "text/plain" },
    });
    expect(send(payloadOp("HttpEnumPayload", { k: "enum", values: ["enumvalue"] }), { payload: "enumvalue" })).toMatchObject({
      body: "enumvalue",
      headers: { "Content-Type": "text/plain" },
    });
    expect(send(payloadOp("DocumentTypeAsPayload", doc), { payload: "hello" })).toMatchObject({
      body: '"hello"',
      headers: { "Content-Type": "application/json" },
    });
    expect(send(payloadOp("DocumentTypeAsPayload", doc), { payload: { foo: "bar" } }).body).toBe('{"foo":"bar"}');
  });
});
