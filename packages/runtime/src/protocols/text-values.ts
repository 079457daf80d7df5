/**
 * Scalars as text, for HTTP labels, query parameters and headers: to text when serializing, and
 * from header text when parsing a response.
 */
import type { ScalarSchema, Schema, TimestampFormat } from "../schema.js";
import { blobCodec, type JsonValueFeatures, timestampCodec } from "./json-features.js";
import { unexpected } from "./malformed-value-error.js";
import { utf8Decode } from "./utf8.js";

const INTEGER = /^[+-]?\d+$/;

/**
 * The text of a non-null scalar. `tf` is the timestamp format in effect; `inHeader` base64-encodes
 * strings that carry a `@mediaType`, as HTTP headers require.
 */
export function scalarToText(target: Schema, value: unknown, tf: TimestampFormat, inHeader: boolean, f: JsonValueFeatures): string {
  switch (target.k) {
    case "timestamp":
      return String(timestampCodec(f).write(value, tf));
    case "blob":
      return blobCodec(f).encode(value);
    case "string":
      if (inHeader && target.mediaType !== undefined) return blobCodec(f).encode(String(value));
      return String(value);
    default:
      // Numbers (NaN and ±Infinity print as Smithy wants), booleans, enums, bigints.
      return String(value);
  }
}

/** Parses a header value as a scalar; throws MalformedValueError when the text does not fit. */
export function scalarFromText(target: ScalarSchema, text: string, tf: TimestampFormat, f: JsonValueFeatures): unknown {
  switch (target.k) {
    case "enum":
    case "document":
      return text;
    case "timestamp":
      return timestampCodec(f).read(text.trim(), tf);
  }
  const t = text.trim();
  if (target.k === "string" || target.k === "blob") {
    // Blobs, and strings with a @mediaType, travel in headers as base64.
    if (target.k === "string" && target.mediaType === undefined) return text;
    const bytes = blobCodec(f).decode(t);
    if (bytes === undefined) throw unexpected("base64", text);
    return target.k === "blob" ? bytes : utf8Decode(bytes);
  }
  if (target.k === "boolean") {
    if (t === "true" || t === "false") return t === "true";
    throw unexpected("true or false", text);
  }
  if (target.k === "float" || target.k === "double" || target.k === "bigDecimal") {
    const n = Number(t);
    if (t === "" || (Number.isNaN(n) && t !== "NaN")) throw unexpected("a number", text);
    return n;
  }
  // byte, short, integer, intEnum, long, bigInteger
  if (!INTEGER.test(t)) throw unexpected("an integer", text);
  return Number(t);
}
