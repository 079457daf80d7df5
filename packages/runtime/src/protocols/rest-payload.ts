/**
 * The restJson1 `@httpPayload` member: the whole HTTP body, in or out. Structure and union payloads are JSON
 * and handled here; blob, string and document payloads need the `payloads` feature (rest-raw-payload.ts).
 */
import type { Schema, StructureSchema, UnionSchema } from "../schema.js";
import { parseJsonBody } from "./json-body.js";
import { parseStructure, parseUnion } from "./json-deserialize.js";
import type { JsonValueFeatures } from "./json-features.js";
import { NAMED } from "./json-members.js";
import { serializeStructure } from "./json-serialize.js";
import type { PayloadBody, RestJsonRawPayloads } from "./rest-features.js";

/** Content-Type of JSON bodies. */
export const JSON_CONTENT_TYPE = "application/json";

/** True for payload targets that are JSON objects (the plain codec handles them). */
export const isJsonPayload = (target: Schema): target is StructureSchema | UnionSchema => target.k === "structure" || target.k === "union";

/**
 * Serializes a payload member's value. An unset structure payload is still `{}` (the protocol tests
 * require it); an unset union payload sends no body at all, as raw payloads do.
 */
export function serializePayload(
  target: Schema,
  value: unknown,
  raw: RestJsonRawPayloads | undefined,
  f: JsonValueFeatures,
): PayloadBody | undefined {
  const unset = value === undefined || value === null;
  if (!isJsonPayload(target)) return raw!.serialize(target, value);
  if (unset && target.k === "union") return undefined;
  return { body: unset ? "{}" : JSON.stringify(serializeStructure(target, value, NAMED, true, f)), contentType: JSON_CONTENT_TYPE };
}

/** Parses a payload member from the raw body; an empty body gives undefined. Throws on a malformed body. */
export function parsePayload(target: Schema, body: Uint8Array, raw: RestJsonRawPayloads | undefined, f: JsonValueFeatures): unknown {
  if (body.length === 0) return undefined;
  if (!isJsonPayload(target)) return raw!.parse(target, body);
  const json = parseJsonBody(body);
  if (json === undefined) return undefined;
  return target.k === "structure" ? parseStructure(target, json, NAMED, {}, f) : parseUnion(target, json, true, f);
}
