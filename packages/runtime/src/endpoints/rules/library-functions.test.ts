import { describe, expect, it } from "vitest";
import { escapeLabel as uriEncode } from "../../protocols/uri-escape.js";
import { endpointSigning } from "./auth-scheme.js";
import { awsPartition } from "./aws-partition.js";
import { EndpointError } from "./endpoint-error.js";
import { isValidHostLabel } from "./is-valid-host-label.js";
import { isVirtualHostableS3Bucket } from "./is-virtual-hostable-s3-bucket.js";
import { parseArn } from "./parse-arn.js";
import { parseUrl } from "./parse-url.js";
import { split } from "./split.js";
import { substring } from "./substring.js";

describe("aws.partition", () => {
  it.each([
    ["us-east-1", "aws", "amazonaws.com"],
    ["aws-global", "aws", "amazonaws.com"],
    ["us-gov-west-1", "aws-us-gov", "amazonaws.com"],
    ["aws-us-gov-global", "aws-us-gov", "amazonaws.com"],
    ["cn-north-1", "aws-cn", "amazonaws.com.cn"],
    ["us-iso-west-9", "aws-iso", "c2s.ic.gov"],
    ["eusc-de-east-1", "aws-eusc", "amazonaws.eu"],
    ["mars-east-1", "aws", "amazonaws.com"],
    ["local", "aws", "amazonaws.com"],
  ])("%s is in %s", (region, name, dnsSuffix) => {
    expect(awsPartition(region)).toMatchObject({ name, dnsSuffix, supportsFIPS: true, supportsDualStack: true });
  });
});

describe("aws.parseArn", () => {
  it("splits an ARN and its resource", () => {
    expect(parseArn("arn:aws:dynamodb:us-east-1:123456789012:table/t:x")).toEqual({
      partition: "aws",
      service: "dynamodb",
      region: "us-east-1",
      accountId: "123456789012",
      resourceId: ["table", "t", "x"],
    });
    expect(parseArn("arn:aws:s3:::bucket")).toMatchObject({ region: "", accountId: "", resourceId: ["bucket"] });
  });
  it.each([["arn:aws:s3:::"], ["arn::s3:us-east-1:1:r"], ["arn:aws::us-east-1:1:r"], ["urn:aws:s3:a:b:c"], ["arn:aws:s3:a:b"], ["x"]])(
    "rejects %j",
    (value) => expect(parseArn(value)).toBeUndefined(),
  );
});

describe("parseURL", () => {
  it("keeps a default port the input wrote, and normalizes the path", () => {
    expect(parseUrl("https://example.com")).toEqual({
      scheme: "https",
      authority: "example.com",
      path: "/",
      normalizedPath: "/",
      isIp: false,
    });
    expect(parseUrl("http://example.com:80/foo/bar")).toMatchObject({
      authority: "example.com:80",
      path: "/foo/bar",
      normalizedPath: "/foo/bar/",
    });
    expect(parseUrl("https://[fe80::1]")).toMatchObject({ authority: "[fe80::1]", isIp: true });
    expect(parseUrl("https://127.0.0.1:8443/x")).toMatchObject({ authority: "127.0.0.1:8443", isIp: true });
  });
  it.each([["https://example.com:8443?foo=bar"], ["ftp://example.com"], ["example.com"], ["http://a.com:x/"], ["https://a.com/p?"]])(
    "rejects %j",
    (v) => expect(parseUrl(v)).toBeUndefined(),
  );
});

describe("string functions", () => {
  it("substring counts from either end and refuses short or non-ASCII input", () => {
    expect(substring("abcdefg", 0, 4, false)).toBe("abcd");
    expect(substring("abcdefg", 0, 4, true)).toBe("defg");
    expect(substring("abc", 0, 4, false)).toBeUndefined();
    expect(substring("abcé", 0, 2, false)).toBeUndefined();
    expect(substring("abc", 2, 2, false)).toBeUndefined();
  });
  it("split keeps empty parts and puts the rest in the last part", () => {
    expect(split("a--b--c", "--", 0)).toEqual(["a", "b", "c"]);
    expect(split("a--b--c", "--", 2)).toEqual(["a", "b--c"]);
    expect(split("a--b--c", "--", 1)).toEqual(["a--b--c"]);
    expect(split("", "--", 0)).toEqual([""]);
    expect(split("aaa", "aa", 0)).toEqual(["", "a"]);
    expect(split("abc", "", 0)).toEqual(["abc"]);
  });
  it("uriEncode encodes all but the unreserved characters", () => {
    expect(uriEncode("a b/c!'()*~._-")).toBe("a%20b%2Fc%21%27%28%29%2A~._-");
  });
  it("isValidHostLabel takes RFC 1123 labels, dotted only when sub-domains are allowed", () => {
    expect(isValidHostLabel("us-east-1", false)).toBe(true);
    expect(isValidHostLabel("a.b", false)).toBe(false);
    expect(isValidHostLabel("a.b", true)).toBe(true);
    for (const bad of ["", "-a", "a-", "a..b", "a b", "x".repeat(64)]) expect(isValidHostLabel(bad, true)).toBe(false);
  });
  it("isVirtualHostableS3Bucket takes DNS-safe bucket names", () => {
    expect(isVirtualHostableS3Bucket("my-bucket", false)).toBe(true);
    expect(isVirtualHostableS3Bucket("my.bucket", false)).toBe(false);
    expect(isVirtualHostableS3Bucket("my.bucket", true)).toBe(true);
    for (const bad of ["ab", "My-bucket", "a..b", "a.-b", "a-.b", "192.168.1.1", "-ab", "ab-"])
      expect(isVirtualHostableS3Bucket(bad, true)).toBe(false);
  });
});

describe("authSchemes", () => {
  it("takes the sigv4 entry's signing name and region", () => {
    const properties = {
      authSchemes: [
        { name: "sigv4a", signingRegionSet: ["*"] },
        { name: "sigv4", signingName: "s", signingRegion: "r" },
      ],
    };
    expect(endpointSigning(properties, "XCommand")).toEqual({ name: "s", region: "r" });
    expect(endpointSigning({}, "XCommand")).toBeUndefined();
    expect(endpointSigning({ authSchemes: [{ name: "custom" }] }, "XCommand")).toBeUndefined();
  });
  it("refuses sigv4a-only endpoints and sigv4 options it cannot honour", () => {
    expect(() => endpointSigning({ authSchemes: [{ name: "sigv4a", signingRegionSet: ["*"] }] }, "XCommand")).toThrow(
      new EndpointError('XCommand: the endpoint requires SigV4a signing (region set ["*"]), which this client cannot do.'),
    );
    expect(() => endpointSigning({ authSchemes: [{ name: "sigv4", disableDoubleEncoding: true }] }, "XCommand")).toThrow(
      /disableDoubleEncoding/,
    );
  });
});
