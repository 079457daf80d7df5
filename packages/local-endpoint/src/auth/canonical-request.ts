import { createHash, createHmac } from "node:crypto";

/** The pieces of a received request that SigV4 covers, taken from the wire as sent. */
export interface SignableRequest {
  readonly method: string;
  /** The path exactly as it appeared in the request line (still percent-encoded). */
  readonly rawPath: string;
  /** The query string without the `?`, as sent. */
  readonly rawQuery: string;
  /** Lower-case header name → every value received for it, in order. */
  readonly headers: Readonly<Record<string, readonly string[]>>;
}

/** Hex SHA-256 of a string or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** RFC 3986 percent-encoding as SigV4 wants it: everything but unreserved characters, hex in upper case. */
export function escapeUri(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The canonical URI of a non-S3 service: dot segments and empty segments removed, then the already-encoded path is
 * encoded once more (so `%3A` becomes `%253A`), slashes kept.
 */
export function canonicalPath(rawPath: string): string {
  const segments: string[] = [];
  for (const seg of rawPath.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") segments.pop();
    else segments.push(seg);
  }
  const trailing = segments.length > 0 && rawPath.endsWith("/") ? "/" : "";
  return `/${segments.map(escapeUri).join("/")}${trailing}`;
}

/** The canonical query: each name and value decoded then re-encoded, sorted by name then value. */
export function canonicalQuery(rawQuery: string): string {
  const pairs: [string, string][] = [];
  for (const part of rawQuery.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const name = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? "" : part.slice(eq + 1);
    pairs.push([escapeUri(safeDecode(name)), escapeUri(safeDecode(value))]);
  }
  pairs.sort(([an, av], [bn, bv]) => (an < bn ? -1 : an > bn ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([n, v]) => `${n}=${v}`).join("&");
}

/** The canonical headers block (each line `name:value\n`), values trimmed and inner whitespace runs collapsed. */
export function canonicalHeaders(headers: SignableRequest["headers"], signed: readonly string[]): string {
  return signed
    .map((name) => {
      const values = (headers[name] ?? []).map((v) => v.replace(/\s+/g, " ").trim());
      return `${name}:${values.join(",")}\n`;
    })
    .join("");
}

/** The full canonical request for the signed header names (already lower case) and the payload hash. */
export function canonicalRequest(req: SignableRequest, signed: readonly string[], payloadHash: string): string {
  const names = [...signed].sort();
  return [
    req.method,
    canonicalPath(req.rawPath),
    canonicalQuery(req.rawQuery),
    canonicalHeaders(req.headers, names),
    names.join(";"),
    payloadHash,
  ].join("\n");
}

/** The string to sign for AWS4-HMAC-SHA256. */
export function stringToSign(amzDate: string, scope: string, canonical: string): string {
  return `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${sha256Hex(canonical)}`;
}

/** Derives the signing key and signs the string, returning the hex signature. */
export function signature(secret: string, date: string, region: string, service: string, toSign: string): string {
  let key: Buffer = hmac(`AWS4${secret}`, date);
  key = hmac(key, region);
  key = hmac(key, service);
  key = hmac(key, "aws4_request");
  return createHmac("sha256", key).update(toSign).digest("hex");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data).digest();
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
