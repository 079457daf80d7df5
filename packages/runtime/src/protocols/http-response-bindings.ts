/**
 * restJson1 response bindings of an output or error structure: `@httpHeader`, `@httpPrefixHeaders`,
 * `@httpResponseCode`, and which member (if any) is the `@httpPayload`.
 */

import type { RawResponse } from "../protocol.js";
import { type MemberSchema, resolveSchema, type ScalarSchema, type Schema, type StructureSchema } from "../schema.js";
import { splitHeaderList, splitHttpDateList } from "./header-list.js";
import { jsonMembers, REST_RESPONSE } from "./json-members.js";
import { withPath } from "./malformed-value-error.js";
import { scalarFromText } from "./text-values.js";

type Obj = Record<string, unknown>;

interface BoundHeader {
  readonly member: MemberSchema;
  readonly target: Schema;
  /** Header name (or prefix) in lower case, as RawResponse keys are. */
  readonly name: string;
}

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
}

const plans = new WeakMap<StructureSchema, ResponsePlan>();

/** The response plan of an output or error structure (cached). */
export function responsePlan(schema: StructureSchema): ResponsePlan {
  let plan = plans.get(schema);
  if (!plan) {
    plan = compile(schema);
    plans.set(schema, plan);
  }
  return plan;
}

function compile(schema: StructureSchema): ResponsePlan {
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
  return {
    headers,
    prefixHeaders,
    responseCode,
    payload,
    payloadTarget: payload ? resolveSchema(payload.target) : undefined,
    hasBody: payload === undefined && jsonMembers(schema, REST_RESPONSE).members.length > 0,
  };
}

/** Reads header, prefix-header and response-code members into `out`; throws MalformedValueError on bad header text. */
export function readResponseBindings(plan: ResponsePlan, response: RawResponse, out: Obj): void {
  const headers = response.headers;
  for (const bound of plan.headers) {
    const text = headers[bound.name];
    if (text === undefined) continue;
    try {
      out[bound.member.name] = headerValue(bound, text);
    } catch (error) {
      withPath(error, `header ${bound.name}`);
    }
  }
  for (const bound of plan.prefixHeaders) {
    const map: Record<string, string> = {};
    const prefix = bound.name;
    for (const name of Object.keys(headers)) {
      if (name.startsWith(prefix)) map[name.slice(prefix.length)] = headers[name]!;
    }
    out[bound.member.name] = map;
  }
  if (plan.responseCode) out[plan.responseCode.name] = response.statusCode;
}

function headerValue(bound: BoundHeader, text: string): unknown {
  const target = bound.target;
  if (target.k === "list") {
    // Smithy allows only scalars (and lists of them) in headers, so the casts below hold for valid models.
    const item = resolveSchema(target.member) as ScalarSchema;
    const tf = item.k === "timestamp" ? (item.tf ?? "http-date") : "http-date";
    const parts = item.k === "timestamp" && tf === "http-date" ? splitHttpDateList(text) : splitHeaderList(text);
    return parts.map((part) => scalarFromText(item, part, tf));
  }
  const scalar = target as ScalarSchema;
  return scalarFromText(scalar, text, bound.member.tf ?? scalar.tf ?? "http-date");
}
