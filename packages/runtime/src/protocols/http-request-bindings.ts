/**
 * restJson1 request bindings: URI labels, `@httpQuery`, and through features `@httpQueryParams`,
 * `@httpHeader` and `@httpPrefixHeaders`, driven by a plan compiled once per operation.
 */
import { type MemberSchema, type OperationSchema, resolveSchema, type Schema, type TimestampFormat } from "../schema.js";
import type { JsonValueFeatures } from "./json-features.js";
import { jsonMembers, REST_REQUEST } from "./json-members.js";
import {
  missingFeature,
  type RestJsonFeatures,
  type RestJsonHeaders,
  type RestJsonQueryParams,
  type RestJsonRawPayloads,
} from "./rest-features.js";
import { isJsonPayload } from "./rest-payload.js";
import { scalarToText } from "./text-values.js";
import { escapeGreedyLabel, escapeLabel } from "./uri-escape.js";
import { parseUriTemplate } from "./uri-template.js";

type Obj = Record<string, unknown>;

/** Everything restJson1 needs to bind one operation's input, computed once. */
export interface RequestPlan {
  readonly method: string;
  /** The URI path: literal text, and label members with whether they are greedy. */
  readonly path: readonly (string | readonly [MemberSchema, boolean])[];
  /** Literal query parameters of the URI template. */
  readonly literalQuery: readonly (readonly [string, string])[];
  /** Members bound to the query or headers: prefix headers first, `@httpQueryParams` last (the others win over them). */
  readonly bound: readonly MemberSchema[];
  /** The `@httpPayload` member and its target, if any. */
  readonly payload: MemberSchema | undefined;
  readonly payloadTarget: Schema | undefined;
  /** True when the input has members that go in a JSON body (then a body is always sent, `{}` at least). */
  readonly hasBody: boolean;
  /** The codec's features the operation needs (checked present when the plan is compiled). */
  readonly headers: RestJsonHeaders | undefined;
  readonly payloads: RestJsonRawPayloads | undefined;
  readonly queryParams: RestJsonQueryParams | undefined;
  /** The codec's value features (blobs as label, query and header text). */
  readonly values: JsonValueFeatures;
}

/** What the bindings contribute to a request. */
export interface BoundRequest {
  readonly path: string;
  readonly query: Record<string, string | string[]>;
  /** True when a member set the Content-Type header (it then wins over the protocol's default). */
  readonly contentType: boolean;
}

const plans = new WeakMap<OperationSchema, RequestPlan>();

/**
 * The request plan of a restJson1 operation (cached). Throws when the operation has no `@http` trait, or
 * needs a feature the codec lacks.
 */
export function requestPlan(op: OperationSchema, features: RestJsonFeatures): RequestPlan {
  let plan = plans.get(op);
  if (!plan) {
    plan = compile(op, features);
    plans.set(op, plan);
  }
  return plan;
}

const ORDER: Readonly<Record<string, number>> = { prefixHeaders: 0, header: 1, query: 1, queryParams: 2 };

function compile(op: OperationSchema, features: RestJsonFeatures): RequestPlan {
  if (!op.http) throw new Error(`${op.name} has no @http trait`);
  const template = parseUriTemplate(op.http.uri);
  const members = op.input.members;
  const payload = members.find((m) => m.http?.in === "payload");
  const payloadTarget = payload && resolveSchema(payload.target);
  if (members.some((m) => m.http?.in === "header" || m.http?.in === "prefixHeaders") && !features.headers)
    throw missingFeature(op.name, "headers", "restJsonHeaders");
  if (payloadTarget && !isJsonPayload(payloadTarget) && !features.payloads)
    throw missingFeature(op.name, "payloads", "restJsonRawPayloads");
  if (members.some((m) => m.http?.in === "queryParams") && !features.queryParams)
    throw missingFeature(op.name, "queryParams", "restJsonQueryParams");
  return {
    method: op.http.method,
    path: template.path.map((part) => {
      if (typeof part === "string") return part;
      const member = members.find((m) => m.name === part.name);
      if (!member) throw new Error(`${op.name} has no member for the label {${part.name}}`);
      return [member, part.greedy] as const;
    }),
    literalQuery: template.query,
    bound: members.filter((m) => m.http && ORDER[m.http.in] !== undefined).sort((a, b) => ORDER[a.http!.in]! - ORDER[b.http!.in]!),
    payload,
    payloadTarget,
    hasBody: !payload && jsonMembers(op.input, REST_REQUEST).members.length > 0,
    headers: features.headers,
    payloads: features.payloads,
    queryParams: features.queryParams,
    values: features,
  };
}

/** Fills labels, query parameters and headers (into `headers`) from the input. */
export function bindRequest(plan: RequestPlan, input: Obj, headers: Record<string, string>): BoundRequest {
  let path = "";
  for (const part of plan.path) {
    if (typeof part === "string") {
      path += part;
      continue;
    }
    const [member, greedy] = part;
    const value = input[member.name];
    const text =
      value === undefined || value === null ? "" : (texts(resolveSchema(member.target), value, member.tf, false, plan.values) as string);
    // An empty label would change the meaning of the path, so it is refused.
    if (text === "") throw new Error(`Input member ${member.name} is a URI label and must be set`);
    path += greedy ? escapeGreedyLabel(text) : escapeLabel(text);
  }

  const query: Record<string, string | string[]> = {};
  for (const [key, value] of plan.literalQuery) query[key] = value;
  let contentType = false;
  for (const member of plan.bound) {
    const value = input[member.name];
    if (value === undefined || value === null) continue;
    const http = member.http!;
    const target = resolveSchema(member.target);
    if (http.in === "query") {
      const text = texts(target, value, member.tf, false, plan.values);
      // An empty list sends nothing: `Key=` would mean one empty string.
      if (text.length > 0 || !Array.isArray(text)) query[http.name] = text;
    } else if (http.in === "header" || http.in === "prefixHeaders") {
      if (plan.headers!.bind(member, target, value, headers, plan.values)) contentType = true;
    } else if (target.k === "map") {
      // queryParams, last: the query members above win over its keys.
      plan.queryParams!(target, value as Obj, query, plan.values);
    }
  }
  return { path, query, contentType };
}

/**
 * The text of a query or header value: one string, or one per item of a list. Timestamps default to
 * http-date in headers and date-time elsewhere.
 */
export function texts(
  target: Schema,
  value: unknown,
  tf: TimestampFormat | undefined,
  header: boolean,
  f: JsonValueFeatures,
): string | string[] {
  if (target.k === "list") {
    const item = resolveSchema(target.member);
    const out: string[] = [];
    for (const v of value as unknown[]) if (v !== undefined && v !== null) out.push(texts(item, v, undefined, header, f) as string);
    return out;
  }
  const format = tf ?? (target.k === "timestamp" ? target.tf : undefined) ?? (header ? "http-date" : "date-time");
  return scalarToText(target, value, format, header, f);
}
