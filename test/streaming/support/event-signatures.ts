/**
 * Independent checks of SigV4 for streaming requests, on node:crypto only: the request signature with the
 * payload hash the client declared (UNSIGNED-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-EVENTS), and the chain of
 * event-frame signatures (`AWS4-HMAC-SHA256-PAYLOAD`) that starts from it.
 */
import { createHash, createHmac } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { Frame } from "./frames.js";

const hmac = (key: string | Buffer, data: string | Buffer): Buffer => createHmac("sha256", key).update(data).digest();
const hex = (data: string | Buffer | Uint8Array): string => createHash("sha256").update(data).digest("hex");
const rfc3986 = (v: string) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Test credentials. */
export const CREDENTIALS = { accessKeyId: "AKIDSTREAMTEST", secretAccessKey: "streaming-test-secret-key" };

function signingKey(date: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${CREDENTIALS.secretAccessKey}`, date), region), service), "aws4_request");
}

/** Recomputes a request's signature from its method, URL and headers; returns it, or throws naming what differs. */
export function verifyRequestSignature(method: string, url: string, headers: IncomingHttpHeaders, bodyHash: string): string {
  const auth = String(headers.authorization ?? "");
  const m = /Credential=[^/]+\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) throw new Error(`unparsable Authorization: ${auth}`);
  const [, date, region, service, signed, signature] = m as unknown as [string, string, string, string, string, string];
  const u = new URL(url, "http://x");
  const query = [...u.searchParams.entries()]
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort()
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const path = u.pathname.split("/").map(rfc3986).join("/");
  const names = signed.split(";");
  const canonicalHeaders = names
    .map(
      (n) =>
        `${n}:${String(headers[n] ?? "")
          .trim()
          .replace(/\s+/g, " ")}\n`,
    )
    .join("");
  const canonical = [method, path, query, canonicalHeaders, signed, bodyHash].join("\n");
  const amzDate = String(headers["x-amz-date"]);
  const toSign = ["AWS4-HMAC-SHA256", amzDate, `${date}/${region}/${service}/aws4_request`, hex(canonical)].join("\n");
  const expected = createHmac("sha256", signingKey(date, region, service))
    .update(toSign)
    .digest("hex");
  if (expected !== signature) throw new Error(`request signature mismatch:\n${canonical}`);
  return signature;
}

/** Checks the chained signature of every envelope frame; returns the inner payloads (the last, empty one included). */
export function verifyFrameSignatures(frames: readonly Frame[], seed: string, region: string, service: string): Uint8Array[] {
  let prior = seed;
  return frames.map((frame, i) => {
    const date = frame.headers[":date"];
    const signature = frame.headers[":chunk-signature"];
    if (!(date instanceof Date) || !(signature instanceof Uint8Array)) throw new Error(`frame ${i} has no :date / :chunk-signature`);
    const iso = date.toISOString().replace(/[-:]|\.\d{3}/g, "");
    const day = iso.slice(0, 8);
    // The headers that are signed: `:date` alone, encoded as the wire form (name, type 8, int64 milliseconds).
    const dateHeader = Buffer.alloc(1 + 5 + 1 + 8);
    dateHeader[0] = 5;
    dateHeader.write(":date", 1);
    dateHeader[6] = 8;
    dateHeader.writeBigInt64BE(BigInt(date.getTime()), 7);
    const toSign = [
      "AWS4-HMAC-SHA256-PAYLOAD",
      iso,
      `${day}/${region}/${service}/aws4_request`,
      prior,
      hex(dateHeader),
      hex(frame.body),
    ].join("\n");
    const expected = createHmac("sha256", signingKey(day, region, service))
      .update(toSign)
      .digest("hex");
    if (expected !== Buffer.from(signature).toString("hex")) throw new Error(`frame ${i}: signature mismatch`);
    prior = expected;
    return frame.body;
  });
}
