/**
 * Schema-driven JSON serialization shared by the restJson and awsJson codecs: turns an input value into a
 * plain JSON-ready value (blobs to base64, timestamps to their format, non-finite floats to strings).
 */
import { type MemberSchema, resolveSchema, type Schema, type StructureSchema, type UnionSchema } from "../schema.js";
import { blobCodec, collectionCodec, type JsonValueFeatures, timestampCodec } from "./json-features.js";
import { type JsonMode, jsonMembers, NAMED, PLAIN } from "./json-members.js";
import { defaultValue } from "./member-defaults.js";

type Obj = Record<string, unknown>;

/**
 * Serializes the body members of a structure (or union) in `mode`. `fillDefaults` writes `@default`
 * values for absent members, as clients do below the top level of an input.
 */
export function serializeStructure(
  schema: StructureSchema | UnionSchema,
  value: unknown,
  mode: JsonMode,
  fillDefaults: boolean,
  f: JsonValueFeatures,
): Obj {
  if (value === null || typeof value !== "object") throw new Error(`Expected an object for ${schema.id}, got ${typeof value}`);
  const named = mode !== PLAIN;
  const info = jsonMembers(schema, mode);
  const input = value as Obj;
  const out: Obj = {};
  const members = info.members;
  const keys = info.keys;
  let set = 0;
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!;
    const v = input[member.name];
    if (v === undefined || v === null) continue;
    out[keys[i]!] = serializeMember(member, v, named, f);
    set++;
  }
  if (schema.k === "union") {
    if (set > 1) throw new Error(`A union (${schema.id}) must have exactly one member set, found ${set}`);
    const unknown = input.$unknown;
    if (set === 0 && Array.isArray(unknown) && typeof unknown[0] === "string") out[unknown[0]] = unknown[1];
  } else if (fillDefaults) {
    const defaulted = info.defaulted;
    for (let i = 0; i < defaulted.length; i++) {
      const member = defaulted[i]!;
      const v = input[member.name];
      if (v === undefined || v === null) {
        const d = defaultValue(member, f);
        if (d !== undefined) out[info.defaultedKeys[i]!] = serializeMember(member, d, named, f);
      }
    }
  }
  return out;
}

/** Serializes one member value (the member's `@timestampFormat` wins over its target's). */
export function serializeMember(member: MemberSchema, value: unknown, named: boolean, f: JsonValueFeatures): unknown {
  const target = resolveSchema(member.target);
  if (target.k === "timestamp") return timestampCodec(f).write(value, member.tf ?? target.tf ?? "epoch-seconds");
  return serializeValue(target, value, named, f);
}

/** Serializes a non-null value of `schema` to a JSON-ready value. */
export function serializeValue(schema: Schema, value: unknown, named: boolean, f: JsonValueFeatures): unknown {
  switch (schema.k) {
    case "structure":
    case "union":
      return serializeStructure(schema, value, named ? NAMED : PLAIN, true, f);
    case "list":
      return collectionCodec(f).serializeList(schema, value, named, f);
    case "map":
      return collectionCodec(f).serializeMap(schema, value, named, f);
    case "blob":
      return blobCodec(f).encode(value);
    case "timestamp":
      return timestampCodec(f).write(value, schema.tf ?? "epoch-seconds");
    case "float":
    case "double":
      // JSON has no NaN or Infinity: Smithy sends them as the strings "NaN", "Infinity", "-Infinity".
      return typeof value === "number" && !Number.isFinite(value) ? String(value) : value;
    case "byte":
    case "short":
    case "integer":
    case "intEnum":
    case "long":
    case "bigInteger":
    case "bigDecimal":
      // JSON.stringify cannot write a bigint; callers of long / bigInteger members may pass one.
      return typeof value === "bigint" ? Number(value) : value;
    default:
      // string, enum, boolean, document: already JSON values.
      return value;
  }
}
