/** fast-check arbitraries of broken (and occasionally valid) HTTP responses for one operation. */
import type { OperationSchema } from "@slimsdk/runtime";
import fc from "fast-check";
import type { StubResponse } from "./stub-handler.js";
import { outputBody, structureBody, type WireOptions } from "./wire-values.js";

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

/** A generated response plus what it was meant to be, so a failing run says what it sent. */
export interface GeneratedResponse extends StubResponse {
  /** The body kind, e.g. `truncated-json`. */
  readonly kind: string;
  /** True when the body is a well-typed output and the status 2xx: the call must succeed. */
  readonly mustSucceed: boolean;
}

/** Statuses: the usual ones often, any 1xx–5xx sometimes. */
export const statusArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(200, 201, 202, 204, 400, 403, 404, 409, 413, 429, 500, 502, 503, 504) },
  { weight: 2, arbitrary: fc.integer({ min: 100, max: 599 }) },
);

const contentTypeArb = fc.option(
  fc.oneof(
    fc.constantFrom(
      "application/json",
      "application/x-amz-json-1.0",
      "application/x-amz-json-1.1",
      "text/html; charset=utf-8",
      "text/plain",
      "application/xml",
      "application/octet-stream",
      "",
    ),
    fc.string({ maxLength: 20 }),
  ),
  { nil: undefined },
);

/** Header names a response may carry: those the client reads, and random ones. */
const headerNameArb = fc.oneof(
  fc.constantFrom(
    "x-amzn-requestid",
    "x-amz-request-id",
    "x-amz-id-2",
    "x-amz-cf-id",
    "date",
    "content-length",
    "x-amzn-errortype",
    "retry-after",
  ),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
);
/** Header values: anything, including control characters a real socket would never deliver. */
const headerValueArb = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("", " ", "0", "-1", "NaN", "Thu, 01 Jan 1970 00:00:00 GMT"));

/** Error codes: the operation's own (short, qualified, with a URL suffix), other names, and junk. */
function errorCodeArb(op: OperationSchema): fc.Arbitrary<string> {
  const ids = op.errors.map((e) => e.schema.id);
  const modeled = ids.length
    ? [
        fc.constantFrom(...ids.map((id) => id.slice(id.indexOf("#") + 1))),
        fc.constantFrom(...ids),
        fc.constantFrom(...ids.map((id) => `${id.slice(id.indexOf("#") + 1)}:http://internal.amazon.com/coral/com.amazon.coral.service/`)),
      ]
    : [];
  return fc.oneof(
    ...modeled,
    fc.constantFrom(
      "",
      ":",
      "#",
      ":#",
      "UnknownError",
      "__proto__",
      "constructor",
      "toString",
      "ServiceUnavailable",
      "InvalidSignatureException",
    ),
    fc.string({ maxLength: 30 }),
  );
}

/** An error body: a code under `__type`/`code`/`Code` (or none), a message of any type, and the modeled members maybe mistyped. */
function errorBodyArb(op: OperationSchema, o: WireOptions): fc.Arbitrary<Record<string, unknown>> {
  const members = op.errors.length
    ? fc.constantFrom(...op.errors).chain((e) => structureBody(e.schema, o))
    : fc.constant<Record<string, unknown>>({});
  return fc
    .tuple(members, fc.constantFrom("__type", "code", "Code", undefined), errorCodeArb(op), fc.option(fc.jsonValue({ maxDepth: 1 })))
    .map(([body, key, code, message]) => ({ ...body, ...(key && { [key]: code }), ...(message !== null && { message }) }));
}

const HTML = (title: string, text: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;

/** Bodies of every malformed kind, each tagged with its kind; `mustSucceed` marks well-typed outputs. */
function bodyArb(op: OperationSchema, protocol: WireOptions["protocol"]): fc.Arbitrary<{ kind: string; body: Uint8Array; typed: boolean }> {
  const mixed: WireOptions = { protocol, wrong: 1 };
  const typed: WireOptions = { protocol, wrong: 0 };
  const json = (kind: string, arb: fc.Arbitrary<unknown>, isTyped = false) =>
    arb.map((v) => ({ kind, body: utf8(JSON.stringify(v) ?? "null"), typed: isTyped }));
  const truncated = fc
    .tuple(fc.oneof(outputBody(op.output, typed), errorBodyArb(op, typed)), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([v, at]) => {
      const text = JSON.stringify(v) ?? "";
      return { kind: "truncated-json", body: utf8(text.slice(0, Math.floor(text.length * at))), typed: false };
    });
  const invalidUtf8 = fc
    .tuple(outputBody(op.output, typed), fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([v, junk, at]) => {
      // Bytes that are never valid UTF-8 (0x80-0xFF lone continuation / lead bytes), spliced into the JSON.
      const text = utf8(JSON.stringify(v) ?? "{}");
      const cut = Math.floor(text.length * at);
      const bad = junk.map((b) => 0x80 | b);
      return { kind: "invalid-utf8", body: new Uint8Array([...text.slice(0, cut), ...bad, ...text.slice(cut)]), typed: false };
    });
  return fc.oneof(
    fc.constant({ kind: "empty", body: new Uint8Array(0), typed: false }),
    json("valid-output", outputBody(op.output, typed), true),
    json("mistyped-output", outputBody(op.output, mixed)),
    json("error-body", errorBodyArb(op, mixed)),
    json("any-json", fc.jsonValue({ maxDepth: 3 })),
    truncated,
    invalidUtf8,
    fc.string({ maxLength: 60 }).map((t) => ({ kind: "not-json", body: utf8(t), typed: false })),
    fc
      .tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 60 }))
      .map(([a, b]) => ({ kind: "html", body: utf8(HTML(a, b)), typed: false })),
    fc.uint8Array({ maxLength: 80 }).map((b) => ({ kind: "random-bytes", body: b, typed: false })),
  );
}

/** A whole response for `op`: status, headers (content type, error type, request ids, random ones) and body. */
export function responseArb(op: OperationSchema, protocol: WireOptions["protocol"]): fc.Arbitrary<GeneratedResponse> {
  return fc
    .record({
      statusCode: statusArb,
      contentType: contentTypeArb,
      errorType: fc.option(errorCodeArb(op), { nil: undefined }),
      extra: fc.dictionary(headerNameArb, headerValueArb, { maxKeys: 4 }),
      body: bodyArb(op, protocol),
    })
    .map(({ statusCode, contentType, errorType, extra, body }) => {
      const headers: Record<string, string> = { ...extra };
      if (contentType !== undefined) headers["content-type"] = contentType;
      if (errorType !== undefined) headers["x-amzn-errortype"] = errorType;
      const ok = statusCode >= 200 && statusCode < 300;
      return { statusCode, headers, body: body.body, kind: body.kind, mustSucceed: ok && body.typed };
    });
}
