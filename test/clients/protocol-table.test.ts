/**
 * The generator's protocol table and the runtime agree: every export a row names exists, and the codec it
 * builds (prebuilt, or from its factory with the row's arguments) has the row's name and sends its Content-Type.
 */
import { describe, expect, it } from "vitest";
import { PROTOCOLS } from "../../codegen/src/emit/protocols.js";
import type { Protocol, ServiceSchema } from "../../packages/runtime/src/index.js";
import * as runtime from "../../packages/runtime/src/index.js";

const exports = runtime as unknown as Record<string, unknown>;

const service: ServiceSchema = {
  id: "test#Svc",
  sdkId: "Svc",
  endpointPrefix: "svc",
  signingName: "svc",
  version: "2020-01-01",
  protocol: runtime.awsJson1_0,
  targetPrefix: "Svc",
  baseError: runtime.ServiceException,
};

/** An operation with a JSON body member (and an HTTP binding, which only the REST codec reads). */
const operation = {
  name: "Op",
  input: { k: "structure", id: "test#OpInput", members: [{ name: "a", target: { k: "string" } }] },
  output: { k: "structure", id: "test#OpOutput", members: [] },
  errors: [],
  http: { method: "POST", uri: "/op", code: 200 },
} as const;

function contentTypeOf(codec: Protocol): string | undefined {
  const ctx = { service: { ...service, protocol: codec }, endpoint: { protocol: "https:", hostname: "example.com", path: "/" } } as const;
  const request = codec.serializeRequest(operation, { a: "x" }, ctx);
  return request.headers["Content-Type"];
}

describe.each(PROTOCOLS)("the $name row", (row) => {
  it("names runtime exports that exist", () => {
    for (const name of [row.codec, row.factory, ...row.features.map((f) => f.runtime)]) expect(exports[name], name).toBeDefined();
  });

  it("builds codecs with its name and Content-Type, prebuilt or from the factory with none of the features", () => {
    const prebuilt = exports[row.codec] as Protocol;
    const factory = exports[row.factory] as (...args: unknown[]) => Protocol;
    for (const codec of [prebuilt, factory(...row.factoryArgs, {})]) {
      expect(codec.name).toBe(row.name);
      expect(contentTypeOf(codec)).toBe(row.contentType);
    }
  });
});
