import { describe, expect, it } from "vitest";
import type { OperationSchema } from "../schema.js";
import { expandHostPrefix } from "./host-prefix.js";
import { parseEndpoint } from "./parse-endpoint.js";
import { checkRegion, regionEndpoint } from "./region-endpoint.js";

describe("regional endpoints", () => {
  it.each([
    ["us-east-1", "https://proton.us-east-1.amazonaws.com"],
    ["eu-central-2", "https://proton.eu-central-2.amazonaws.com"],
    ["cn-north-1", "https://proton.cn-north-1.amazonaws.com.cn"],
    ["cn-northwest-1", "https://proton.cn-northwest-1.amazonaws.com.cn"],
    ["us-gov-west-1", "https://proton.us-gov-west-1.amazonaws.com"],
    ["us-iso-east-1", "https://proton.us-iso-east-1.c2s.ic.gov"],
    ["us-isob-east-1", "https://proton.us-isob-east-1.sc2s.sgov.gov"],
    ["us-isof-south-1", "https://proton.us-isof-south-1.csp.hci.ic.gov"],
    ["eu-isoe-west-1", "https://proton.eu-isoe-west-1.cloud.adc-e.uk"],
  ])("%s -> %s", (region, url) => {
    const e = regionEndpoint("proton", checkRegion(region));
    expect(`${e.protocol}//${e.hostname}`).toBe(url);
    expect(e.path).toBe("/");
  });

  it.each([["US East"], ["us_east_1"], ["us-east-1."], ["-us"], ["us-east-1/x"], ["a..b"]])("rejects the malformed region %j", (region) => {
    expect(() => checkRegion(region)).toThrow(`Region ${JSON.stringify(region)} is not a valid AWS region.`);
  });

  it("rejects a missing region", () => {
    for (const missing of [undefined, null, ""]) expect(() => checkRegion(missing)).toThrow("Region is missing");
    expect(() => checkRegion(42)).toThrow('Region "42" is not a valid AWS region.');
  });
});

describe("parseEndpoint", () => {
  it("accepts URLs and objects", () => {
    expect(parseEndpoint("https://example.com")).toEqual({ protocol: "https:", hostname: "example.com", path: "/" });
    expect(parseEndpoint("http://127.0.0.1:8080/prefix")).toEqual({
      protocol: "http:",
      hostname: "127.0.0.1",
      port: 8080,
      path: "/prefix",
    });
    expect(parseEndpoint({ protocol: "http", hostname: "localhost", port: 4566, path: "p" })).toEqual({
      protocol: "http:",
      hostname: "localhost",
      port: 4566,
      path: "/p",
    });
    expect(parseEndpoint({ hostname: "h" })).toEqual({ protocol: "https:", hostname: "h", path: "/" });
  });

  it.each([["example.com"], ["ftp://example.com"], [""], [{ hostname: "" }]])("rejects %j", (value) => {
    expect(() => parseEndpoint(value as never)).toThrow(
      /^Invalid endpoint .*: expected an http\(s\) URL such as "https:\/\/example.com"\.$/,
    );
  });
});

describe("expandHostPrefix", () => {
  const op = { name: "Op", hostPrefix: "{A}-{B}.x." } as OperationSchema;
  it("fills labels and accepts dotted DNS names", () => {
    expect(expandHostPrefix(op, { A: "a1", B: "b.c" }, "OpCommand")).toBe("a1-b.c.x.");
  });
  it.each([[""], ["a_b"], ["a..b"], [" "], ["x".repeat(64)], [undefined]])("rejects %j", (bad) => {
    expect(() => expandHostPrefix(op, { A: "ok", B: bad }, "OpCommand")).toThrow(
      /^OpCommand: member "B" is a host label and must be a non-empty DNS name/,
    );
  });
});
