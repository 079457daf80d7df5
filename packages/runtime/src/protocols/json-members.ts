/**
 * Per-schema facts the JSON codecs need on every call (which members go in the JSON document,
 * under which key, which have defaults), computed once and kept in WeakMaps.
 */
import type { MemberSchema, StructureSchema, UnionSchema } from "../schema.js";

/** The awsJson protocols at any depth: every member, under its member name. */
export const PLAIN = 0;
/** restJson1 below the top level: every member, under its `@jsonName` when it has one. */
export const NAMED = 1;
/** restJson1 top-level input: members with no HTTP binding (`@hostLabel` members stay in the body too). */
export const REST_REQUEST = 2;
/** restJson1 top-level output or error: members with no response binding (request-only bindings are ignored). */
export const REST_RESPONSE = 3;

/** One of PLAIN, NAMED, REST_REQUEST, REST_RESPONSE. */
export type JsonMode = 0 | 1 | 2 | 3;

/** The JSON view of a structure or union in one mode. */
export interface JsonMembers {
  /** Members that live in the JSON document. */
  readonly members: readonly MemberSchema[];
  /** The JSON key of each member, parallel to `members`. */
  readonly keys: readonly string[];
  /** Member by JSON key. */
  readonly byKey: ReadonlyMap<string, MemberSchema>;
  /** Members with a non-null `@default`, and their JSON keys. */
  readonly defaulted: readonly MemberSchema[];
  readonly defaultedKeys: readonly string[];
  /** `@required` members without a default (filled with a zero value when a response omits them). */
  readonly required: readonly MemberSchema[];
}

const caches = [
  new WeakMap<StructureSchema | UnionSchema, JsonMembers>(),
  new WeakMap<StructureSchema | UnionSchema, JsonMembers>(),
  new WeakMap<StructureSchema | UnionSchema, JsonMembers>(),
  new WeakMap<StructureSchema | UnionSchema, JsonMembers>(),
] as const;

/** The JSON members of `schema` in `mode` (cached). */
export function jsonMembers(schema: StructureSchema | UnionSchema, mode: JsonMode): JsonMembers {
  const cache = caches[mode];
  let found = cache.get(schema);
  if (!found) {
    found = compute(schema, mode);
    cache.set(schema, found);
  }
  return found;
}

function inBody(member: MemberSchema, mode: JsonMode): boolean {
  const binding = member.http?.in;
  if (binding === undefined || mode === PLAIN || mode === NAMED || binding === "hostLabel") return true;
  if (mode === REST_REQUEST) return binding === "responseCode";
  return binding === "label" || binding === "query" || binding === "queryParams";
}

function compute(schema: StructureSchema | UnionSchema, mode: JsonMode): JsonMembers {
  const members: MemberSchema[] = [];
  const keys: string[] = [];
  const byKey = new Map<string, MemberSchema>();
  const defaulted: MemberSchema[] = [];
  const defaultedKeys: string[] = [];
  const required: MemberSchema[] = [];
  for (const member of schema.members) {
    if (!inBody(member, mode)) continue;
    const key = mode !== PLAIN && member.jsonName !== undefined ? member.jsonName : member.name;
    members.push(member);
    keys.push(key);
    byKey.set(key, member);
    if (member.default !== undefined && member.default !== null) {
      defaulted.push(member);
      defaultedKeys.push(key);
    } else if (member.required) {
      required.push(member);
    }
  }
  return { members, keys, byKey, defaulted, defaultedKeys, required };
}
