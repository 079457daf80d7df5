/** Values that Smithy's default and error-correction rules put in place of absent members. */
import { type MemberSchema, resolveSchema, type Schema } from "../schema.js";
import { blobCodec, type JsonValueFeatures, timestampCodec } from "./json-features.js";
import { utf8Encode } from "./utf8.js";

/**
 * The runtime value of a member's `@default` (given as in the JSON AST: timestamps as epoch seconds
 * or date-time, blobs as base64). A fresh value each call, so callers may hand it out for mutation.
 */
export function defaultValue(member: MemberSchema, f: JsonValueFeatures): unknown {
  const value = member.default;
  const target = resolveSchema(member.target);
  if (target.k === "timestamp") {
    if (typeof value === "number") return new Date(Math.round(value * 1000));
    const ms = typeof value === "string" ? timestampCodec(f).readDateTime(value) : undefined;
    return ms === undefined ? undefined : new Date(ms);
  }
  if (target.k === "blob") return typeof value === "string" ? (blobCodec(f).decode(value) ?? utf8Encode(value)) : undefined;
  // Lists, maps and documents are copied so that every output gets its own.
  return value !== null && typeof value === "object" ? JSON.parse(JSON.stringify(value)) : value;
}

/**
 * The value a client puts in a `@required` member that a response left out (Smithy "client error
 * correction"): false, 0, "", empty blob, epoch 0, [], {}. Unions and documents get none.
 */
export function zeroValue(target: Schema): unknown {
  switch (target.k) {
    case "boolean":
      return false;
    case "string":
    case "enum":
      return "";
    case "blob":
      return new Uint8Array(0);
    case "timestamp":
      return new Date(0);
    case "list":
      return [];
    case "map":
    case "structure":
      return {};
    case "union":
    case "document":
      return undefined;
    default:
      // byte, short, integer, intEnum, long, float, double, bigInteger, bigDecimal
      return 0;
  }
}
