import { describe, expect, it } from "vitest";
import type { RawResponse } from "../protocol.js";
import type { MemberSchema, OperationSchema, ScalarSchema, StructureSchema } from "../schema.js";
import { testContext, testService } from "../testing/codec-context.js";
import { restJsonHeaders } from "./rest-headers.js";
import { restJson1With } from "./rest-json1.js";
import { restJsonQueryParams } from "./rest-query-params.js";
import { restJsonRawPayloads } from "./rest-raw-payload.js";
import { utf8Encode } from "./utf8.js";

const plain = restJson1With({});
const service = testService({ protocol: plain });
const ctx = testContext(service);
const str: ScalarSchema = { k: "string" };
const blob: ScalarSchema = { k: "blob" };
const struct = (id: string, members: MemberSchema[]): StructureSchema => ({ k: "structure", id: `test#${id}`, members });
const op = (name: string, input: MemberSchema[], output: MemberSchema[] = []): OperationSchema => ({
  name,
  input: struct(`${name}Input`, input),
  output: struct(`${name}Output`, output),
  errors: [],
  http: { method: "POST", uri: "/things/{Id}", code: 200 },
});
const ok = (headers: Record<string, string>, body: string): RawResponse => ({ statusCode: 200, headers, body: utf8Encode(body) });

describe("restJson1With: a codec with only some features", () => {
  it("without features, binds labels, query, JSON bodies and structure payloads", () => {
    const Plain = op("Plain", [
      { name: "Id", target: str, http: { in: "label" }, required: true },
      { name: "token", target: str, http: { in: "query", name: "t" } },
      { name: "Name", target: str },
    ]);
    const request = plain.serializeRequest(Plain, { Id: "a b", token: "x", Name: "n" }, ctx);
    expect(request.path).toBe("/things/a%20b");
    expect(request.query).toEqual({ t: "x" });
    expect(request.headers).toEqual({ "Content-Type": "application/json" });
    expect(request.body).toBe('{"Name":"n"}');
    const Payload = op("Payload", [
      { name: "Id", target: str, http: { in: "label" }, required: true },
      { name: "doc", target: struct("Doc", [{ name: "x", target: str }]), http: { in: "payload" } },
    ]);
    expect(plain.serializeRequest(Payload, { Id: "i", doc: { x: "y" } }, ctx).body).toBe('{"x":"y"}');
    expect(plain.deserializeResponse(Plain, ok({ "x-unused": "1" }, "{}"), ctx)).toEqual({});
  });

  it("refuses, naming the missing feature, an operation that binds headers or a raw payload", () => {
    const WithHeader = op("WithHeader", [
      { name: "Id", target: str, http: { in: "label" }, required: true },
      { name: "h", target: str, http: { in: "header", name: "X-H" } },
    ]);
    expect(() => plain.serializeRequest(WithHeader, { Id: "i", h: "v" }, ctx)).toThrow(
      "WithHeader: this restJson1 codec was built without `headers`; use restJson1With({ headers: restJsonHeaders }) or restJson1.",
    );
    const HeaderOut = op("HeaderOut", [], [{ name: "h", target: str, http: { in: "header", name: "X-H" } }]);
    expect(() => plain.deserializeResponse(HeaderOut, ok({ "x-h": "v" }, ""), ctx)).toThrow(/without `headers`/);
    const BlobIn = op("BlobIn", [
      { name: "Id", target: str, http: { in: "label" }, required: true },
      { name: "data", target: blob, http: { in: "payload" } },
    ]);
    expect(() => plain.serializeRequest(BlobIn, { Id: "i", data: utf8Encode("x") }, ctx)).toThrow(
      "BlobIn: this restJson1 codec was built without `payloads`; use restJson1With({ payloads: restJsonRawPayloads }) or restJson1.",
    );
    const Params = op("Params", [
      { name: "Id", target: str, http: { in: "label" }, required: true },
      { name: "params", target: { k: "map", key: str, value: str }, http: { in: "queryParams" } },
    ]);
    expect(() => plain.serializeRequest(Params, { Id: "i" }, ctx)).toThrow(/without `queryParams`/);
    const withParams = restJson1With({ queryParams: restJsonQueryParams });
    expect(withParams.serializeRequest(Params, { Id: "i", params: { a: "1", b: "2" } }, ctx).query).toEqual({ a: "1", b: "2" });
  });

  it("with the features, binds headers and raw payloads", () => {
    const full = restJson1With({ headers: restJsonHeaders, payloads: restJsonRawPayloads });
    const Both = op(
      "Both",
      [
        { name: "Id", target: str, http: { in: "label" }, required: true },
        { name: "h", target: str, http: { in: "header", name: "X-H" } },
        { name: "data", target: blob, http: { in: "payload" } },
      ],
      [
        { name: "h", target: str, http: { in: "header", name: "X-H" } },
        { name: "text", target: str, http: { in: "payload" } },
      ],
    );
    const request = full.serializeRequest(Both, { Id: "i", h: "v", data: "raw" }, ctx);
    expect(request.headers).toEqual({ "X-H": "v", "Content-Type": "application/octet-stream" });
    expect(request.body).toBe("raw");
    expect(full.deserializeResponse(Both, ok({ "x-h": "w" }, "hello"), ctx)).toEqual({ h: "w", text: "hello" });
  });
});
