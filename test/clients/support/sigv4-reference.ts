/**
 * An independent SigV4 computation (AWS Signature Version 4, header signing) written on node:crypto
 * only, so the clients' signatures are checked against something that shares no code with their signer.
 */
import { createHash, createHmac } from "node:crypto";

/** The parts of a captured request that SigV4 covers. */
export interface SignableRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string | readonly string[] | null | undefined>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What the reference computes, step by step (kept for readable failures). */
export interface ReferenceSignature {
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signedHeaders: string;
  readonly scope: string;
  readonly signature: string;
  readonly authorization: string;
}

/** Headers a signer must leave out of the signature (they may change in transit or carry it). */
const UNSIGNED = new Set(["authorization", "user-agent", "x-amzn-trace-id", "expect", "connection"]);

/** Percent-encodes everything but RFC 3986 unreserved characters (A-Z a-z 0-9 - _ . ~). */
export function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Lower-case hex SHA-256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

const hmac = (key: string | Buffer, data: string): Buffer => createHmac("sha256", key).update(data, "utf8").digest();

/** The canonical URI: every segment of the (already once-encoded) path encoded again, as for all services but S3. */
function canonicalUri(path: string): string {
  return path
    .split("/")
    .map((segment) => rfc3986(segment))
    .join("/");
}

/** The canonical query string: encoded `key=value` pairs sorted by key, then value. */
function canonicalQuery(query: SignableRequest["query"]): string {
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const values = value === null ? [""] : typeof value === "string" ? [value] : value;
    for (const v of values) pairs.push([rfc3986(key), rfc3986(v)]);
  }
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join("&");
}

/**
 * Signs a captured request again from scratch and returns each intermediate string. Every header
 * present (lower-cased) is signed except the unsignable ones; the date is the request's `x-amz-date`.
 */
export function referenceSignature(
  request: SignableRequest,
  credentials: { readonly accessKeyId: string; readonly secretAccessKey: string },
  region: string,
  service: string,
): ReferenceSignature {
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(request.headers)) {
    const lower = name.toLowerCase();
    if (headers.has(lower)) throw new Error(`Header "${lower}" is present twice (with different spellings).`);
    headers.set(lower, value);
  }
  const amzDate = headers.get("x-amz-date");
  if (!amzDate || !/^\d{8}T\d{6}Z$/.test(amzDate)) throw new Error(`Bad or missing x-amz-date: ${amzDate}`);
  const names = [...headers.keys()].filter((n) => !UNSIGNED.has(n)).sort();
  const canonicalHeaders = names.map((n) => `${n}:${headers.get(n)!.trim().replace(/\s+/g, " ")}\n`).join("");
  const signedHeaders = names.join(";");
  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalUri(request.path),
    canonicalQuery(request.query),
    canonicalHeaders,
    signedHeaders,
    sha256Hex(request.body),
  ].join("\n");
  const date = amzDate.slice(0, 8);
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, date), region), service), "aws4_request");
  const signature = createHmac("sha256", key).update(stringToSign, "utf8").digest("hex");
  return {
    canonicalRequest,
    stringToSign,
    signedHeaders,
    scope,
    signature,
    authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}
