/**
 * The `collections` feature of the JSON protocol codecs: lists (and sets) and maps, sparse or not, in
 * both directions (see json-features.ts).
 */
import { type ListSchema, type MapSchema, resolveSchema } from "../schema.js";
import { isObject, parseValue } from "./json-deserialize.js";
import type { CollectionCodec, JsonValueFeatures } from "./json-features.js";
import { serializeValue } from "./json-serialize.js";
import { unexpected, withPath } from "./malformed-value-error.js";
import { setKey } from "./set-key.js";

type Obj = Record<string, unknown>;

function serializeList(schema: ListSchema, value: unknown, named: boolean, f: JsonValueFeatures): unknown[] {
  const items = Array.isArray(value) ? value : iterableToArray(value);
  const member = resolveSchema(schema.member);
  const out: unknown[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined || item === null) {
      if (schema.sparse) out.push(null);
      continue;
    }
    out.push(serializeValue(member, item, named, f));
  }
  return out;
}

function serializeMap(schema: MapSchema, value: unknown, named: boolean, f: JsonValueFeatures): Obj {
  if (value === null || typeof value !== "object") throw new Error(`Expected an object for a map, got ${typeof value}`);
  const target = resolveSchema(schema.value);
  const input = value as Obj;
  const out: Obj = {};
  for (const key of Object.keys(input)) {
    const item = input[key];
    if (item === undefined || item === null) {
      if (schema.sparse) setKey(out, key, null);
      continue;
    }
    setKey(out, key, serializeValue(target, item, named, f));
  }
  return out;
}

function iterableToArray(value: unknown): unknown[] {
  if (value !== null && typeof value === "object" && Symbol.iterator in value) return Array.from(value as Iterable<unknown>);
  throw new Error(`Expected an array for a list, got ${typeof value}`);
}

function parseList(schema: ListSchema, value: unknown, named: boolean, f: JsonValueFeatures): unknown[] {
  if (!Array.isArray(value)) throw unexpected("an array", value);
  const member = resolveSchema(schema.member);
  const out: unknown[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (item === null || item === undefined) {
      if (schema.sparse) out.push(null);
      continue;
    }
    try {
      out.push(parseValue(member, item, named, f));
    } catch (error) {
      withPath(error, `[${i}]`);
    }
  }
  return out;
}

function parseMap(schema: MapSchema, value: unknown, named: boolean, f: JsonValueFeatures): Obj {
  if (!isObject(value)) throw unexpected("an object", value);
  const target = resolveSchema(schema.value);
  const out: Obj = {};
  for (const key in value) {
    const item = value[key];
    if (item === null || item === undefined) {
      if (schema.sparse) setKey(out, key, null);
      continue;
    }
    try {
      setKey(out, key, parseValue(target, item, named, f));
    } catch (error) {
      withPath(error, key);
    }
  }
  return out;
}

/** Lists and maps, for the JSON codecs' features `{ collections: jsonCollections }`. */
export const jsonCollections: CollectionCodec = { serializeList, serializeMap, parseList, parseMap };
