/**
 * The harness itself: its comparisons fail on a wrong request or output (so a compliance test cannot
 * pass by comparing nothing), it finds every client case, and skips.json names only real cases.
 */
import { HttpRequest } from "@smithy/protocol-http";
import { describe, expect, it } from "vitest";
import { collectCases } from "./harness/cases.js";
import { checkRequest } from "./harness/check-request.js";
import { checkOutput } from "./harness/check-response.js";
import { skips } from "./harness/define-suite.js";
import { toRuntimeValue } from "./harness/node-values.js";
import { loadProtocolTestModel } from "./harness/shared-models.js";

const model = loadProtocolTestModel();

const request = (over: Partial<ConstructorParameters<typeof HttpRequest>[0]> = {}) =>
  new HttpRequest({
    method: "POST",
    hostname: "example.com",
    path: "/Op",
    query: { Foo: "a b", flag: "" },
    headers: { "Content-Type": "application/json", "X-Many": "1, 2" },
    body: '{"b":[1,2],"a":"x"}',
    ...over,
  });

const test = {
  id: "Case",
  protocol: "aws.protocols#restJson1",
  method: "POST",
  uri: "/Op",
  queryParams: ["Foo=a%20b", "flag"],
  forbidQueryParams: ["Bar"],
  requireQueryParams: ["Foo"],
  headers: { "content-type": "application/json", "x-many": "1, 2" },
  forbidHeaders: ["X-Amz-Target"],
  requireHeaders: ["Content-Type"],
  body: '{ "a": "x", "b": [1, 2] }',
  bodyMediaType: "application/json",
};

describe("checkRequest", () => {
  it("accepts a matching request: headers in any case, JSON in any key order, a query flag as `flag=`", () => {
    expect(() => checkRequest(request(), test)).not.toThrow();
  });

  it.each([
    ["method", { method: "PUT" }, "method"],
    ["path", { path: "/Other" }, "uri"],
    ["host", { hostname: "foo.example.com" }, "host"],
    ["query value", { query: { Foo: "a", flag: "" } }, "query parameter Foo=a%20b"],
    ["forbidden query", { query: { Foo: "a b", flag: "", Bar: "1" } }, "forbidden query parameter Bar"],
    ["header value", { headers: { "Content-Type": "text/plain", "X-Many": "1, 2" } }, "header content-type"],
    ["forbidden header", { headers: { "Content-Type": "application/json", "X-Many": "1, 2", "x-amz-target": "T" } }, "forbidden header"],
    ["JSON body", { body: '{"a":"x","b":[2,1]}' }, "JSON body"],
  ])("fails on a wrong %s", (_, over, message) => {
    expect(() => checkRequest(request(over), test)).toThrow(message);
  });

  it("compares other media byte for byte, and an empty expected body with no body", () => {
    const text = { ...test, body: "hi", bodyMediaType: "text/plain" };
    expect(() => checkRequest(request({ body: "hi" }), text)).not.toThrow();
    expect(() => checkRequest(request({ body: "hi " }), text)).toThrow("body bytes");
    expect(() => checkRequest(request({ body: undefined }), { ...test, body: "" })).not.toThrow();
    expect(() => checkRequest(request({ body: "{}" }), { ...test, body: "" })).toThrow("expected empty");
  });
});

describe("checkOutput", () => {
  const output = "aws.protocoltests.restjson#JsonTimestampsInputOutput";
  it("compares Dates by time and ignores $metadata", () => {
    expect(() => checkOutput(model, output, { normal: new Date(1398796238000), $metadata: {} }, { normal: 1398796238 })).not.toThrow();
    expect(() => checkOutput(model, output, { normal: new Date(1398796239000) }, { normal: 1398796238 })).toThrow();
    expect(() => checkOutput(model, output, { normal: new Date(1398796238000), extra: 1 }, { normal: 1398796238 })).toThrow();
  });

  it("converts blobs, non-finite floats and sparse nulls through the shapes", () => {
    expect(toRuntimeValue(model, "aws.protocoltests.restjson#JsonBlobsInputOutput", { data: "value" })).toEqual({
      data: new TextEncoder().encode("value"),
    });
    expect(toRuntimeValue(model, "aws.protocoltests.restjson#SimpleScalarPropertiesInputOutput", { doubleValue: "-Infinity" })).toEqual({
      doubleValue: Number.NEGATIVE_INFINITY,
    });
    expect(toRuntimeValue(model, "aws.protocoltests.shared#SparseStringList", ["a", null])).toEqual(["a", null]);
  });
});

describe("case extraction", () => {
  const count = (protocol: string, kind: string) => collectCases(model, protocol).filter((c) => c.kind === kind).length;

  it("finds every client case of the shared models (the counts of their README)", () => {
    expect([count("aws.protocols#restJson1", "request"), count("aws.protocols#restJson1", "response")]).toEqual([142, 108]);
    expect([count("aws.protocols#awsJson1_0", "request"), count("aws.protocols#awsJson1_0", "response")]).toEqual([29, 41]);
    expect([count("aws.protocols#awsJson1_1", "request"), count("aws.protocols#awsJson1_1", "response")]).toEqual([57, 62]);
  });

  it("skips.json names only existing cases, each with a reason", () => {
    const ids = new Set(
      ["aws.protocols#restJson1", "aws.protocols#awsJson1_0", "aws.protocols#awsJson1_1"].flatMap((p) =>
        collectCases(model, p).map((c) => c.test.id),
      ),
    );
    for (const [id, reason] of Object.entries(skips)) {
      expect(ids.has(id), id).toBe(true);
      expect(reason.trim(), id).not.toBe("");
    }
  });
});
