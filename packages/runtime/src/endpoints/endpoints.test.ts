import { describe, expect, it } from "vitest";
import type { OperationSchema } from "../schema.js";
import { expandHostPrefix } from "./host-prefix.js";
import { parseEndpoint } from "./parse-endpoint.js";
import { checkRegion, dnsSuffix, isFipsRegion, realRegion, regionEndpoint } from "./region-endpoint.js";

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

  // Hosts of the standard regional rule set with the official SDK's current partition data.
  it.each([
    ["us-east-1", "proton-fips.us-east-1.amazonaws.com", "proton.us-east-1.api.aws", "proton-fips.us-east-1.api.aws"],
    ["mx-central-1", "proton-fips.mx-central-1.amazonaws.com", "proton.mx-central-1.api.aws", "proton-fips.mx-central-1.api.aws"],
    [
      "cn-north-1",
      "proton-fips.cn-north-1.amazonaws.com.cn",
      "proton.cn-north-1.api.amazonwebservices.com.cn",
      "proton-fips.cn-north-1.api.amazonwebservices.com.cn",
    ],
    ["us-gov-west-1", "proton-fips.us-gov-west-1.amazonaws.com", "proton.us-gov-west-1.api.aws", "proton-fips.us-gov-west-1.api.aws"],
    [
      "us-iso-east-1",
      "proton-fips.us-iso-east-1.c2s.ic.gov",
      "proton.us-iso-east-1.api.aws.ic.gov",
      "proton-fips.us-iso-east-1.api.aws.ic.gov",
    ],
    [
      "us-isob-east-1",
      "proton-fips.us-isob-east-1.sc2s.sgov.gov",
      "proton.us-isob-east-1.api.aws.scloud",
      "proton-fips.us-isob-east-1.api.aws.scloud",
    ],
    [
      "us-isof-south-1",
      "proton-fips.us-isof-south-1.csp.hci.ic.gov",
      "proton.us-isof-south-1.api.aws.hci.ic.gov",
      "proton-fips.us-isof-south-1.api.aws.hci.ic.gov",
    ],
    [
      "eu-isoe-west-1",
      "proton-fips.eu-isoe-west-1.cloud.adc-e.uk",
      "proton.eu-isoe-west-1.api.cloud-aws.adc-e.uk",
      "proton-fips.eu-isoe-west-1.api.cloud-aws.adc-e.uk",
    ],
    [
      "eusc-de-east-1",
      "proton-fips.eusc-de-east-1.amazonaws.eu",
      "proton.eusc-de-east-1.api.amazonwebservices.eu",
      "proton-fips.eusc-de-east-1.api.amazonwebservices.eu",
    ],
  ])("%s: FIPS %s, dual-stack %s, both %s", (region, fips, dualstack, both) => {
    expect(regionEndpoint("proton", region, { useFipsEndpoint: true }).hostname).toBe(fips);
    expect(regionEndpoint("proton", region, { useDualstackEndpoint: true }).hostname).toBe(dualstack);
    expect(regionEndpoint("proton", region, { useFipsEndpoint: true, useDualstackEndpoint: true }).hostname).toBe(both);
    expect(regionEndpoint("proton", region, { useFipsEndpoint: false, useDualstackEndpoint: false })).toEqual(
      regionEndpoint("proton", region),
    );
  });

  it("puts regions by the partitions' patterns, `{partition}-global` names included, and others in aws", () => {
    expect(dnsSuffix("aws-cn-global")).toBe("amazonaws.com.cn");
    expect(dnsSuffix("aws-iso-b-global")).toBe("sc2s.sgov.gov");
    // Prefixes alone do not decide: these match no pattern, so they fall to aws as in the official SDK.
    expect(dnsSuffix("cn-north")).toBe("amazonaws.com");
    expect(dnsSuffix("us-iso-east")).toBe("amazonaws.com");
    expect(dnsSuffix("xx-moon-1")).toBe("amazonaws.com");
  });

  it.each([
    ["us-east-1-fips", "us-east-1"],
    ["fips-us-gov-west-1", "us-gov-west-1"],
    ["fips-dkr-us-east-2", "us-east-2"],
    ["fips-prod-eu-west-1", "eu-west-1"],
    ["fips-aws-global", "us-east-1"],
    ["aws-fips", "us-east-1"],
  ])("the FIPS pseudo-region %s stands for %s", (pseudo, region) => {
    expect(isFipsRegion(pseudo)).toBe(true);
    expect(realRegion(pseudo)).toBe(region);
    expect(isFipsRegion(region)).toBe(false);
    expect(realRegion(region)).toBe(region);
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
