/**
 * Schema-driven JSON parsing shared by the restJson and awsJson codecs: checks each parsed JSON value
 * against its schema and turns it into the runtime value (bytes, Dates, unions as tagged objects).
 * Any mismatch throws MalformedValueError with the path of the bad value.
 */
import { type MemberSchema, resolveSchema, type Schema, type StructureSchema, type UnionSchema } from "../schema.js";
import { blobCodec, collectionCodec, type JsonValueFeatures, timestampCodec } from "./json-features.js";
import { type JsonMode, jsonMembers, NAMED, PLAIN } from "./json-members.js";
import { unexpected, withPath } from "./malformed-value-error.js";
import { defaultValue, zeroValue } from "./member-defaults.js";

type Obj = Record<string, unknown>;

/** True for a JSON object (not null, not an array). */
export function isObject(value: unknown): value is Obj {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Parses a JSON object as the body members of a structure in `mode`, writing them into `out`. Unknown
 * keys and nulls are skipped; absent members get their `@default`, absent `@required` ones a zero value.
 */
export function parseStructure(schema: StructureSchema, value: unknown, mode: JsonMode, out: Obj, f: JsonValueFeatures): Obj {
  if (!isObject(value)) throw unexpected("an object", value);
  const named = mode !== PLAIN;
  const info = jsonMembers(schema, mode);
  const byKey = info.byKey;
  for (const key in value) {
    const member = byKey.get(key);
    if (member === undefined) continue;
    const raw = value[key];
    if (raw === null || raw === undefined) continue;
    try {
      out[member.name] = parseMember(member, raw, named, f);
    } catch (error) {
      withPath(error, key);
    }
  }
  const defaulted = info.defaulted;
  for (let i = 0; i < defaulted.length; i++) {
    const member = defaulted[i]!;
    if (out[member.name] === undefined) {
      const d = defaultValue(member, f);
      if (d !== undefined) out[member.name] = d;
    }
  }
  const required = info.required;
  for (let i = 0; i < required.length; i++) {
    const member = required[i]!;
    if (out[member.name] === undefined) {
      const zero = zeroValue(resolveSchema(member.target));
      if (zero !== undefined) out[member.name] = zero;
    }
  }
  return out;
}

/**
 * Parses a union: the first known member with a non-null value wins; `__type` is ignored; an unknown
 * key becomes `{ $unknown: [key, value] }`.
 */
export function parseUnion(schema: UnionSchema, value: unknown, named: boolean, f: JsonValueFeatures): Obj {
  if (!isObject(value)) throw unexpected("an object", value);
  const byKey = jsonMembers(schema, named ? NAMED : PLAIN).byKey;
  let unknown: Obj | undefined;
  for (const key in value) {
    const raw = value[key];
    if (raw === null || raw === undefined || key === "__type") continue;
    const member = byKey.get(key);
    if (member === undefined) {
      unknown ??= { $unknown: [key, raw] };
      continue;
    }
    try {
      return { [member.name]: parseMember(member, raw, named, f) };
    } catch (error) {
      withPath(error, key);
    }
  }
  return unknown ?? {};
}

/** Parses one non-null member value (the member's `@timestampFormat` wins over its target's). */
export function parseMember(member: MemberSchema, value: unknown, named: boolean, f: JsonValueFeatures): unknown {
  const target = resolveSchema(member.target);
  if (target.k === "timestamp") return timestampCodec(f).read(value, member.tf ?? target.tf ?? "epoch-seconds");
  return parseValue(target, value, named, f);
}

/** Parses a non-null JSON value of `schema`. */
export function parseValue(schema: Schema, value: unknown, named: boolean, f: JsonValueFeatures): unknown {
  switch (schema.k) {
    case "structure":
      return parseStructure(schema, value, named ? NAMED : PLAIN, {}, f);
    case "union":
      return parseUnion(schema, value, named, f);
    case "list":
      return collectionCodec(f).parseList(schema, value, named, f);
    case "map":
      return collectionCodec(f).parseMap(schema, value, named, f);
    case "string":
    case "enum":
      if (typeof value !== "string") throw unexpected("a string", value);
      return value;
    case "boolean":
      if (typeof value !== "boolean") throw unexpected("a boolean", value);
      return value;
    case "float":
    case "double":
      if (typeof value === "number") return value;
      // JSON has no NaN or Infinity: Smithy sends them as these three strings.
      if (value === "NaN" || value === "Infinity" || value === "-Infinity") return Number(value);
      throw unexpected("a number", value);
    case "blob": {
      if (typeof value !== "string") throw unexpected("a base64 string", value);
      const bytes = blobCodec(f).decode(value);
      if (bytes === undefined) throw unexpected("base64", value);
      return bytes;
    }
    case "timestamp":
      return timestampCodec(f).read(value, schema.tf ?? "epoch-seconds");
    case "document":
      return value;
    default:
      // byte, short, integer, intEnum, long, bigInteger, bigDecimal
      if (typeof value !== "number") throw unexpected("a number", value);
      return value;
  }
}
