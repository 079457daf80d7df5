import { describe, expect, it } from "vitest";
import { referenceSignature, rfc3986 } from "./sigv4-reference.js";

// The published AWS SigV4 test-suite vectors (example credentials, 2015-08-30T12:36:00Z, us-east-1, service "service"):
// they prove the reference computation right before it judges the clients.
const SUITE = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const suiteRequest = (method: string, query: Record<string, string> = {}) => ({
  method,
  path: "/",
  query,
  headers: { Host: "example.amazonaws.com", "X-Amz-Date": "20150830T123600Z" },
  body: "",
});

describe("reference SigV4", () => {
  it("reproduces get-vanilla", () => {
    const ref = referenceSignature(suiteRequest("GET"), SUITE, "us-east-1", "service");
    expect(ref.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, " +
        "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
    );
    expect(ref.canonicalRequest).toBe(
      "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" +
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });

  it("reproduces post-vanilla", () => {
    expect(referenceSignature(suiteRequest("POST"), SUITE, "us-east-1", "service").signature).toBe(
      "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b",
    );
  });

  it("reproduces get-vanilla-query-order-key-case (query sorted by key)", () => {
    const ref = referenceSignature(suiteRequest("GET", { Param2: "value2", Param1: "value1" }), SUITE, "us-east-1", "service");
    expect(ref.signature).toBe("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
  });

  it("encodes path segments a second time and leaves unreserved characters alone", () => {
    const ref = referenceSignature({ ...suiteRequest("GET"), path: "/a%3Ab/c d~_.-" }, SUITE, "us-east-1", "service");
    expect(ref.canonicalRequest.split("\n")[1]).toBe("/a%253Ab/c%20d~_.-");
    expect(rfc3986("!'()*")).toBe("%21%27%28%29%2A");
  });

  it("refuses a header given twice under two spellings", () => {
    const request = { ...suiteRequest("GET"), headers: { ...suiteRequest("GET").headers, host: "other" } };
    expect(() => referenceSignature(request, SUITE, "us-east-1", "service")).toThrow('Header "host" is present twice');
  });
});
