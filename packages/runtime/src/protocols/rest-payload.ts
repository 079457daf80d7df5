/** The restJson1 `@httpPayload` member: the whole HTTP body, in or out. */
import type { Schema } from "../schema.js";
import { blobBytes } from "./blob-input.js";
import { parseJsonBody } from "./json-body.js";
import { parseStructure, parseUnion } from "./json-deserialize.js";
import { NAMED } from "./json-members.js";
import { serializeStructure } from "./json-serialize.js";
import { utf8Decode } from "./utf8.js";

/** Content-Type of JSON bodies. */
export const JSON_CONTENT_TYPE = "application/json";

/** A serialized payload body and the Content-Type it implies. */
export interface PayloadBody {
  readonly body: unknown;
  readonly contentType: string;
}

/**
 * Serializes a payload member's value. An unset structure payload is still `{}` (the protocol tests
 * require it); an unset union, document, blob or string payload sends no body at all.
 */
export function serializePayload(target: Schema, value: unknown): PayloadBody | undefined {
  const unset = value === undefined || value === null;
  switch (target.k) {
    case "structure":
      return { body: unset ? "{}" : JSON.stringify(serializeStructure(target, value, NAMED, true)), contentType: JSON_CONTENT_TYPE };
    case "union":
      return unset ? undefined : { body: JSON.stringify(serializeStructure(target, value, NAMED, true)), contentType: JSON_CONTENT_TYPE };
    case "document":
      return unset ? undefined : { body: JSON.stringify(value), contentType: JSON_CONTENT_TYPE };
    case "blob":
      if (unset) return undefined;
      return { body: rawBlobBody(value), contentType: target.mediaType ?? "application/octet-stream" };
    default:
      // string and enum payloads are sent as text.
      if (unset) return undefined;
      return { body: String(value), contentType: ("mediaType" in target && target.mediaType) || "text/plain" };
  }
}

// Strings and bytes are sent as they are; other binary views become bytes; anything else (a stream, a
// Blob) is handed to the HTTP handler untouched.
function rawBlobBody(value: unknown): unknown {
  if (typeof value === "string" || value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return blobBytes(value);
  return value;
}

/** Parses a payload member from the raw body; an empty body gives undefined. Throws on a malformed body. */
export function parsePayload(target: Schema, body: Uint8Array): unknown {
  if (body.length === 0) return undefined;
  switch (target.k) {
    case "blob":
      return body;
    case "structure": {
      const json = parseJsonBody(body);
      return json === undefined ? undefined : parseStructure(target, json, NAMED, {});
    }
    case "union": {
      const json = parseJsonBody(body);
      return json === undefined ? undefined : parseUnion(target, json, true);
    }
    case "document":
      return parseJsonBody(body);
    default:
      return utf8Decode(body);
  }
}
