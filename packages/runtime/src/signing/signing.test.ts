import { createHash, createHmac } from "node:crypto";
import type { HttpRequest } from "@smithy/protocol-http";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Command } from "../command.js";
import { CREDENTIALS, FakeClient, StubHandler, testConfig, Upgrade$ } from "../testing/fakes.js";

vi.mock("#platform", () => import("../platform/node.js"));

const NOW = new Date("2024-05-01T12:34:56Z");
const upgrade = (input: Record<string, unknown>) => new Command<Record<string, unknown>, object, "Fake">(input, Upgrade$);

const sha256 = (data: string) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();
const uriEscape = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * An independent SigV4 check (canonical request, string to sign, signing key, signature), written from
 * the published algorithm; returns the signed header names.
 */
function verifySigV4(req: HttpRequest, secretAccessKey: string): string[] {
  const auth = req.headers.authorization!;
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) throw new Error(`malformed authorization header: ${auth}`);
  const [, , date, region, service, signedHeaderList, signature] = m as unknown as string[];
  const signed = signedHeaderList!.split(";");
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalHeaders = signed.map((h) => `${h}:${String(headers[h]).trim().replace(/\s+/g, " ")}\n`).join("");
  const query = Object.keys(req.query ?? {})
    .sort()
    .map((k) => `${uriEscape(k)}=${uriEscape(String(req.query[k]))}`)
    .join("&");
  const path =
    req.path
      .split("/")
      .map((s) => uriEscape(uriEscape(s)))
      .join("/") || "/";
  const payloadHash = sha256(typeof req.body === "string" ? req.body : "");
  const canonicalRequest = [req.method, path, query, canonicalHeaders, signedHeaderList, payloadHash].join("\n");
  const amzDate = headers["x-amz-date"]!;
  if (!amzDate.startsWith(date!)) throw new Error("x-amz-date does not match the credential scope date");
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256(canonicalRequest)].join("\n");
  let key = hmac(`AWS4${secretAccessKey}`, date!);
  for (const part of [region!, service!, "aws4_request"]) key = hmac(key, part);
  const expected = createHmac("sha256", key).update(stringToSign).digest("hex");
  if (expected !== signature) throw new Error("signature mismatch");
  if (headers["x-amz-content-sha256"] !== payloadHash) throw new Error("x-amz-content-sha256 is not the payload hash");
  return signed;
}

describe("SigV4 signing", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("signs every request verifiably, with content hash and session token signed", async () => {
    const handler = new StubHandler();
    await new FakeClient(testConfig(handler)).send(upgrade({ WorkloadId: "w1" }));
    const req = handler.requests[0]!;
    expect(req.headers["x-amz-date"]).toBe("20240501T123456Z");
    expect(req.headers["x-amz-security-token"]).toBe(CREDENTIALS.sessionToken);
    expect(req.headers.authorization).toContain(`Credential=${CREDENTIALS.accessKeyId}/20240501/us-east-1/fakesign/aws4_request`);
    const signed = verifySigV4(req, CREDENTIALS.secretAccessKey);
    expect(signed).toEqual(
      expect.arrayContaining(["host", "content-type", "x-amz-content-sha256", "x-amz-date", "x-amz-security-token", "x-amz-target"]),
    );
    expect(signed).not.toContain("authorization");
  });

  it("the verifier rejects a tampered request or a wrong key", async () => {
    const handler = new StubHandler();
    await new FakeClient(testConfig(handler)).send(upgrade({ WorkloadId: "w1" }));
    const req = handler.requests[0]!;
    expect(() => verifySigV4(req, "wrong")).toThrow("signature mismatch");
    expect(() => verifySigV4({ ...req, body: '{"WorkloadId":"w2"}' } as HttpRequest, CREDENTIALS.secretAccessKey)).toThrow(
      "signature mismatch",
    );
  });

  it("sends no session token header without one, and honours signingRegion", async () => {
    const handler = new StubHandler();
    const { sessionToken: _, ...noToken } = CREDENTIALS;
    await new FakeClient(testConfig(handler, { credentials: noToken, signingRegion: "us-west-2" })).send(upgrade({ WorkloadId: "w" }));
    const req = handler.requests[0]!;
    expect(req.headers["x-amz-security-token"]).toBeUndefined();
    expect(req.headers.authorization).toContain("/20240501/us-west-2/fakesign/aws4_request");
    expect(verifySigV4(req, noToken.secretAccessKey)).toContain("x-amz-content-sha256");
  });

  it("signs each attempt afresh", async () => {
    const handler = new StubHandler([{ status: 503 }, { status: 200, body: "{}" }]);
    await new FakeClient(testConfig(handler)).send(upgrade({ WorkloadId: "w" }));
    expect(handler.requests.map((r) => r.headers["amz-sdk-request"])).toEqual(["attempt=1; max=3", "attempt=2; max=3"]);
    for (const r of handler.requests) verifySigV4(r, CREDENTIALS.secretAccessKey);
    expect(handler.requests[0]!.headers.authorization).not.toBe(handler.requests[1]!.headers.authorization);
  });

  it("corrects a skewed clock from a clock-skew error and retries", async () => {
    const serverDate = new Date(NOW.getTime() + 3_600_000);
    const skewed = { status: 403, headers: { date: serverDate.toUTCString() }, body: '{"__type":"InvalidSignatureException"}' };
    const handler = new StubHandler([skewed, { status: 200, body: "{}" }]);
    const client = new FakeClient(testConfig(handler));
    const out = (await client.send(upgrade({ WorkloadId: "w" }))) as { $metadata: { attempts: number } };
    expect(out.$metadata.attempts).toBe(2);
    expect(client.config.systemClockOffset).toBe(3_600_000);
    expect(handler.requests[1]!.headers["x-amz-date"]).toBe("20240501T133456Z");
    verifySigV4(handler.requests[1]!, CREDENTIALS.secretAccessKey);
  });

  it("does not retry a signature error when the clock is right, nor correct other errors", async () => {
    const fine = { status: 403, headers: { date: NOW.toUTCString() }, body: '{"__type":"SignatureDoesNotMatch"}' };
    const handler = new StubHandler([fine]);
    const client = new FakeClient(testConfig(handler));
    await expect(client.send(upgrade({ WorkloadId: "w" }))).rejects.toMatchObject({
      name: "SignatureDoesNotMatch",
      $metadata: { attempts: 1 },
    });
    const other = new StubHandler([
      { status: 400, headers: { date: "Mon, 01 Jan 2001 00:00:00 GMT" }, body: '{"__type":"ValidationException"}' },
    ]);
    const client2 = new FakeClient(testConfig(other));
    await expect(client2.send(upgrade({ WorkloadId: "w" }))).rejects.toMatchObject({ name: "ValidationException" });
    expect(client2.config.systemClockOffset).toBe(0);
  });

  it("signs with the configured systemClockOffset", async () => {
    const handler = new StubHandler();
    await new FakeClient(testConfig(handler, { systemClockOffset: -60_000 })).send(upgrade({ WorkloadId: "w" }));
    expect(handler.requests[0]!.headers["x-amz-date"]).toBe("20240501T123356Z");
  });
});
