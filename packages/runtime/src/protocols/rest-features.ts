/**
 * The optional parts of the restJson1 codec. The plain codec binds URI labels, `@httpQuery`, JSON bodies and
 * structure or union payloads; header bindings, `@httpQueryParams` and raw (blob, string, document) payloads
 * come as features, so
 * the bundles of services that use neither hold none of their code. The generator picks them per service.
 */
import type { RawResponse } from "../protocol.js";
import type { MapSchema, MemberSchema, Schema } from "../schema.js";
import type { JsonValueFeatures } from "./json-features.js";

type Obj = Record<string, unknown>;

/** A header-bound member of an output or error structure. */
export interface BoundHeader {
  readonly member: MemberSchema;
  readonly target: Schema;
  /** Header name (or prefix) in lower case, as RawResponse keys are. */
  readonly name: string;
}

/** A serialized payload body and the Content-Type it implies. */
export interface PayloadBody {
  readonly body: unknown;
  readonly contentType: string;
}

/** `@httpHeader` and `@httpPrefixHeaders`, in requests and responses. */
export interface RestJsonHeaders {
  /** Writes a header or prefix-header member's (non-null) value into `headers`; true when it set Content-Type. */
  readonly bind: (member: MemberSchema, target: Schema, value: unknown, headers: Record<string, string>, f: JsonValueFeatures) => boolean;
  /** Reads header and prefix-header members into `out`; throws MalformedValueError on bad header text. */
  readonly read: (
    headers: readonly BoundHeader[],
    prefixHeaders: readonly BoundHeader[],
    response: RawResponse,
    out: Obj,
    f: JsonValueFeatures,
  ) => void;
}

/** `@httpPayload` members that target a blob, string, enum or document. */
export interface RestJsonRawPayloads {
  /** Serializes a payload value; undefined sends no body. */
  readonly serialize: (target: Schema, value: unknown) => PayloadBody | undefined;
  /** Parses a payload from a non-empty body. */
  readonly parse: (target: Schema, body: Uint8Array) => unknown;
}

/** `@httpQueryParams`: adds a map's entries (strings or string lists) to `query`, leaving keys already set alone. */
export type RestJsonQueryParams = (target: MapSchema, value: Obj, query: Record<string, string | string[]>, f: JsonValueFeatures) => void;

/** The features a restJson1 codec is built with (see `restJson1With`). */
export interface RestJsonFeatures extends JsonValueFeatures {
  readonly headers?: RestJsonHeaders | undefined;
  readonly payloads?: RestJsonRawPayloads | undefined;
  readonly queryParams?: RestJsonQueryParams | undefined;
}

/** The error for a schema that needs a feature the codec was built without (generated clients never hit it). */
export function missingFeature(where: string, feature: keyof RestJsonFeatures, exportName: string): Error {
  return new Error(
    `${where}: this restJson1 codec was built without \`${feature}\`; use restJson1With({ ${feature}: ${exportName} }) or restJson1.`,
  );
}
