/** The restJson1 `payloads` feature: `@httpPayload` members that target a blob, string, enum or document. */
import { blobBytes } from "./blob-input.js";
import { parseJsonBody } from "./json-body.js";
import type { RestJsonRawPayloads } from "./rest-features.js";
import { JSON_CONTENT_TYPE } from "./rest-payload.js";
import { utf8Decode } from "./utf8.js";

// Strings and bytes are sent as they are; other binary views become bytes; anything else (a stream, a
// Blob) is handed to the HTTP handler untouched.
function rawBlobBody(value: unknown): unknown {
  if (typeof value === "string" || value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return blobBytes(value);
  return value;
}

/** Blob, string, enum and document payloads; an unset one sends no body. */
export const restJsonRawPayloads: RestJsonRawPayloads = {
  serialize(target, value) {
    if (value === undefined || value === null) return undefined;
    if (target.k === "document") return { body: JSON.stringify(value), contentType: JSON_CONTENT_TYPE };
    if (target.k === "blob") return { body: rawBlobBody(value), contentType: target.mediaType ?? "application/octet-stream" };
    // string and enum payloads are sent as text.
    return { body: String(value), contentType: ("mediaType" in target && target.mediaType) || "text/plain" };
  },
  parse(target, body) {
    if (target.k === "blob") return body;
    if (target.k === "document") return parseJsonBody(body);
    return utf8Decode(body);
  },
};
