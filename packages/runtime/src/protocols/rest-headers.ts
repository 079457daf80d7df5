/** The restJson1 `headers` feature: `@httpHeader` and `@httpPrefixHeaders` members, in requests and responses. */
import { type MemberSchema, resolveSchema, type ScalarSchema, type Schema } from "../schema.js";
import { quoteHeaderItem, splitHeaderList, splitHttpDateList } from "./header-list.js";
import { texts } from "./http-request-bindings.js";
import type { JsonValueFeatures } from "./json-features.js";
import { withPath } from "./malformed-value-error.js";
import type { BoundHeader, RestJsonHeaders } from "./rest-features.js";
import { scalarFromText } from "./text-values.js";

type Obj = Record<string, unknown>;

// Only string items are quoted in a header list: http-dates hold commas but are never quoted.
function isText(schema: Schema): boolean {
  return schema.k === "string" || schema.k === "enum";
}

function bind(member: MemberSchema, target: Schema, value: unknown, headers: Record<string, string>, f: JsonValueFeatures): boolean {
  const http = member.http!;
  if (http.in === "header") {
    const text = texts(target, value, member.tf, true, f);
    const lower = http.name.toLowerCase();
    // A prefix map may have set the same header in another letter case; the member's value replaces it.
    for (const name of Object.keys(headers)) if (name.toLowerCase() === lower) delete headers[name];
    headers[http.name] = Array.isArray(text)
      ? (isText(resolveSchema((target as { member: Schema }).member)) ? text.map(quoteHeaderItem) : text).join(", ")
      : text;
    return lower === "content-type";
  }
  // prefixHeaders: a map of strings.
  let contentType = false;
  if (http.in !== "prefixHeaders" || target.k !== "map") return false;
  for (const key of Object.keys(value as Obj)) {
    const item = (value as Obj)[key];
    if (item === undefined || item === null) continue;
    headers[http.prefix + key] = String(item);
    contentType ||= (http.prefix + key).toLowerCase() === "content-type";
  }
  return contentType;
}

function headerValue(bound: BoundHeader, text: string, f: JsonValueFeatures): unknown {
  const target = bound.target;
  if (target.k === "list") {
    // Smithy allows only scalars (and lists of them) in headers, so the casts below hold for valid models.
    const item = resolveSchema(target.member) as ScalarSchema;
    const tf = item.k === "timestamp" ? (item.tf ?? "http-date") : "http-date";
    const parts = item.k === "timestamp" && tf === "http-date" ? splitHttpDateList(text) : splitHeaderList(text);
    return parts.map((part) => scalarFromText(item, part, tf, f));
  }
  const scalar = target as ScalarSchema;
  return scalarFromText(scalar, text, bound.member.tf ?? scalar.tf ?? "http-date", f);
}

/** Header and prefix-header bindings. */
export const restJsonHeaders: RestJsonHeaders = {
  bind,
  read(bound, prefixHeaders, response, out, f) {
    const headers = response.headers;
    for (const b of bound) {
      const text = headers[b.name];
      if (text === undefined) continue;
      try {
        out[b.member.name] = headerValue(b, text, f);
      } catch (error) {
        withPath(error, `header ${b.name}`);
      }
    }
    for (const b of prefixHeaders) {
      const map: Record<string, string> = {};
      const prefix = b.name;
      for (const name of Object.keys(headers)) {
        if (name.startsWith(prefix)) map[name.slice(prefix.length)] = headers[name]!;
      }
      out[b.member.name] = map;
    }
  },
};
