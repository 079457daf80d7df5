import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NodeSha256 } from "../../test/helpers/node-sha256.js";
import { encodeLabel } from "../../test/helpers/signed-call.js";
import { canonicalPath, canonicalQuery, escapeUri, signature, stringToSign } from "./canonical-request.js";
import { type ReceivedRequest, verifySignature } from "./verify-signature.js";

const credentials = [{ accessKeyId: "AKID", secretAccessKey: "secret" }];
const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);

/** Turns a signed HttpRequest into what the server would receive. */
function received(req: HttpRequest, rawQuery: string): ReceivedRequest {
  const headers: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = [v];
  return { method: req.method, rawPath: req.path, rawQuery, headers, body: Buffer.from((req.body as string | undefined) ?? "") };
}

describe("canonical request parts", () => {
  it("encodes the already-encoded path once more, keeping slashes, and removes dot segments", () => {
    expect(canonicalPath("/workloads/abc/profiles/arn%3Aaws%3Ax%2Fprofile%2Fp/upgrade")).toBe(
      "/workloads/abc/profiles/arn%253Aaws%253Ax%252Fprofile%252Fp/upgrade",
    );
    expect(canonicalPath("/a/./b/../c//d/")).toBe("/a/c/d/");
    expect(canonicalPath("/")).toBe("/");
  });

  it("decodes, re-encodes and sorts the query by name then value", () => {
    expect(canonicalQuery("b=2&a=%7e&a=1&c&d=x%20y+z")).toBe("a=1&a=~&b=2&c=&d=x%20y%2Bz");
    expect(escapeUri("a!b'c(d)e*f")).toBe("a%21b%27c%28d%29e%2Af");
  });

  it("reproduces the AWS SigV4 test suite's get-vanilla signature", () => {
    const canonical =
      "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    const toSign = stringToSign("20150830T123600Z", "20150830/us-east-1/service/aws4_request", canonical);
    expect(signature("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20150830", "us-east-1", "service", toSign)).toBe(
      "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
    );
  });
});

describe("verifySignature against @smithy/signature-v4", () => {
  it("accepts whatever the official signer signs: any labels, query values, header values and body", async () => {
    // Characters that stress encoding: reserved, unreserved, space, percent, multi-byte and astral.
    const char = fc.constantFrom(..."aZ09-._~:/?#[]@!$&'()*+,;= %é日😀");
    const segment = fc.string({ unit: char, minLength: 1, maxLength: 12 });
    const params = fc.dictionary(fc.string({ unit: char, minLength: 1, maxLength: 6 }), fc.string({ unit: char, maxLength: 10 }), {
      maxKeys: 4,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { minLength: 1, maxLength: 3 }),
        params,
        fc.string({ maxLength: 20 }),
        fc.string({ unit: char }),
        async (segs, query, headerValue, body) => {
          const path = `/${segs.map(encodeLabel).join("/")}`;
          const signer = new SignatureV4({ credentials: credentials[0]!, region: "ap-south-1", service: "svc", sha256: NodeSha256 });
          const req = new HttpRequest({
            method: "POST",
            hostname: "h",
            path,
            query,
            headers: { host: "h:1", "x-custom": headerValue },
            body,
          });
          const signed = (await signer.sign(req, { signingDate: new Date(NOW) })) as HttpRequest;
          const rawQuery = Object.entries(query)
            .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
            .join("&");
          const result = verifySignature(received(signed, rawQuery), { credentials, signingName: "svc", now: NOW });
          expect(result.ok).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("rejects a request whose path changed after signing", async () => {
    const signer = new SignatureV4({ credentials: credentials[0]!, region: "us-east-1", service: "svc", sha256: NodeSha256 });
    const signed = (await signer.sign(new HttpRequest({ method: "GET", hostname: "h", path: "/a%2Fb", headers: { host: "h" } }), {
      signingDate: new Date(NOW),
    })) as HttpRequest;
    const ok = verifySignature(received(signed, ""), { credentials, signingName: "svc", now: NOW });
    expect(ok.ok).toBe(true);
    // Same decoded path, different wire encoding: a server must see that as a different request.
    const moved = verifySignature({ ...received(signed, ""), rawPath: "/a/b" }, { credentials, signingName: "svc", now: NOW });
    expect(moved.ok).toBe(false);
    if (!moved.ok) expect(moved.error.code).toBe("InvalidSignatureException");
  });

  it("rejects a scope date that differs from x-amz-date", async () => {
    const signer = new SignatureV4({ credentials: credentials[0]!, region: "us-east-1", service: "svc", sha256: NodeSha256 });
    const signed = (await signer.sign(new HttpRequest({ method: "GET", hostname: "h", path: "/", headers: { host: "h" } }), {
      signingDate: new Date(NOW),
    })) as HttpRequest;
    signed.headers.authorization = signed.headers.authorization!.replace("/20250102/", "/20250101/");
    const res = verifySignature(received(signed, ""), { credentials, signingName: "svc", now: NOW });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/^Date in Credential scope does not match YYYYMMDD/);
  });
});
