/**
 * restJson1 response bindings of an output or error structure: `@httpHeader`, `@httpPrefixHeaders`,
 * `@httpResponseCode`, and which member (if any) is the `@httpPayload`.
 */

import type { RawResponse } from "../protocol.js";
import { type MemberSchema, resolveSchema, type Schema, type StructureSchema } from "../schema.js";
import type { JsonValueFeatures } from "./json-features.js";
import { jsonMembers, REST_RESPONSE } from "./json-members.js";
import {
  type BoundHeader,
  missingFeature,
  type RestJsonFeatures,
  type RestJsonHeaders,
  type RestJsonRawPayloads,
} from "./rest-features.js";
import { isJsonPayload } from "./rest-payload.js";

type Obj = Record<string, unknown>;

/** Everything restJson1 needs to read one output or error structure from a response, computed once. */
export interface ResponsePlan {
  readonly headers: readonly BoundHeader[];
  readonly prefixHeaders: readonly BoundHeader[];
  readonly responseCode: MemberSchema | undefined;
  /** The `@httpPayload` member and its target, if any. */
  readonly payload: MemberSchema | undefined;
  readonly payloadTarget: Schema | undefined;
  /** True when some members live in the JSON body (and the body must be parsed). */
  readonly hasBody: boolean;
  /** The codec's features the structure needs (checked present when the plan is compiled). */
  readonly headerFeature: RestJsonHeaders | undefined;
  readonly payloads: RestJsonRawPayloads | undefined;
  /** The codec's value features (blobs in header text). */
  readonly values: JsonValueFeatures;
}

const plans = new WeakMap<StructureSchema, ResponsePlan>();

/** The response plan of an output or error structure (cached); throws when it needs a feature the codec lacks. */
export function responsePlan(schema: StructureSchema, features: RestJsonFeatures): ResponsePlan {
  let plan = plans.get(schema);
  if (!plan) {
    plan = compile(schema, features);
    plans.set(schema, plan);
  }
  return plan;
}

function compile(schema: StructureSchema, features: RestJsonFeatures): ResponsePlan {
  const headers: BoundHeader[] = [];
  const prefixHeaders: BoundHeader[] = [];
  let responseCode: MemberSchema | undefined;
  let payload: MemberSchema | undefined;
  for (const member of schema.members) {
    const http = member.http;
    if (!http) continue;
    if (http.in === "header") headers.push({ member, target: resolveSchema(member.target), name: http.name.toLowerCase() });
    else if (http.in === "prefixHeaders")
      prefixHeaders.push({ member, target: resolveSchema(member.target), name: http.prefix.toLowerCase() });
    else if (http.in === "responseCode") responseCode = member;
    else if (http.in === "payload") payload = member;
  }
  const payloadTarget = payload ? resolveSchema(payload.target) : undefined;
  if (headers.length + prefixHeaders.length > 0 && !features.headers) throw missingFeature(schema.id, "headers", "restJsonHeaders");
  if (payloadTarget && !isJsonPayload(payloadTarget) && !features.payloads)
    throw missingFeature(schema.id, "payloads", "restJsonRawPayloads");
  return {
    headers,
    prefixHeaders,
    responseCode,
    payload,
    payloadTarget,
    hasBody: payload === undefined && jsonMembers(schema, REST_RESPONSE).members.length > 0,
    headerFeature: features.headers,
    payloads: features.payloads,
    values: features,
  };
}

/** Reads header, prefix-header and response-code members into `out`; throws MalformedValueError on bad header text. */
export function readResponseBindings(plan: ResponsePlan, response: RawResponse, out: Obj): void {
  plan.headerFeature?.read(plan.headers, plan.prefixHeaders, response, out, plan.values);
  if (plan.responseCode) out[plan.responseCode.name] = response.statusCode;
}
