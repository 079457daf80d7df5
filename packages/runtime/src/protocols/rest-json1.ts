/** The restJson1 protocol codec (Smithy "AWS restJson1 protocol"). */
import type { Protocol, RawResponse, SerdeContext } from "../protocol.js";
import type { OperationSchema, StructureSchema } from "../schema.js";
import { createRequest } from "./create-request.js";
import { buildErrorFromResponse } from "./error-parse.js";
import { bindRequest, requestPlan } from "./http-request-bindings.js";
import { readResponseBindings, responsePlan } from "./http-response-bindings.js";
import { jsonBlobs } from "./json-blobs.js";
import { parseJsonBody } from "./json-body.js";
import { jsonCollections } from "./json-collections.js";
import { parseStructure } from "./json-deserialize.js";
import { REST_REQUEST, REST_RESPONSE } from "./json-members.js";
import { serializeStructure } from "./json-serialize.js";
import { jsonTimestamps } from "./json-timestamps.js";
import { malformedResponse } from "./malformed-response.js";
import { zeroValue } from "./member-defaults.js";
import type { RestJsonFeatures } from "./rest-features.js";
import { restJsonHeaders } from "./rest-headers.js";
import { JSON_CONTENT_TYPE, parsePayload, serializePayload } from "./rest-payload.js";
import { restJsonQueryParams } from "./rest-query-params.js";
import { restJsonRawPayloads } from "./rest-raw-payload.js";

type Obj = Record<string, unknown>;

/**
 * A restJson1 codec with only the given features: labels, `@httpQuery`, JSON bodies, structure and union
 * payloads and errors are always handled; `headers`, raw `payloads`, `queryParams`, `blobs`, `timestamps` and `collections` only when given. Generated clients
 * pass what their service's model uses.
 */
export function restJson1With(features: RestJsonFeatures): Protocol {
  return {
    name: "restJson1",
    serializeRequest: (op, input, ctx) => serializeRequest(op, input as Obj, ctx, features),
    deserializeResponse(op, response, ctx) {
      const status = response.statusCode;
      if (status < 200 || status >= 300) {
        throw buildErrorFromResponse(op, response, ctx, (error, body) => readStructure(error.schema, response, body, features));
      }
      return readOutput(op, response, ctx, features);
    },
  };
}

/** restJson1 with every feature: HTTP bindings from `@http` and the binding traits, JSON bodies, errors by `X-Amzn-Errortype`. */
export const restJson1: Protocol = /* @__PURE__ */ restJson1With({
  headers: restJsonHeaders,
  payloads: restJsonRawPayloads,
  queryParams: restJsonQueryParams,
  blobs: jsonBlobs,
  timestamps: jsonTimestamps,
  collections: jsonCollections,
});

function serializeRequest(
  op: OperationSchema,
  data: Obj,
  ctx: SerdeContext,
  features: RestJsonFeatures,
): ReturnType<Protocol["serializeRequest"]> {
  const plan = requestPlan(op, features);
  const headers: Record<string, string> = {};
  const bound = bindRequest(plan, data, headers);
  let body: unknown;
  let contentType: string | undefined;
  if (plan.payload) {
    const payload = serializePayload(plan.payloadTarget!, data[plan.payload.name], plan.payloads, features);
    if (payload) {
      body = payload.body;
      contentType = payload.contentType;
    }
  } else if (plan.hasBody) {
    // An input with body members always sends a JSON object, `{}` when none is set.
    body = JSON.stringify(serializeStructure(op.input, data, REST_REQUEST, false, features));
    contentType = JSON_CONTENT_TYPE;
  }
  if (contentType !== undefined && !bound.contentType) headers["Content-Type"] = contentType;
  return createRequest(ctx.endpoint, plan.method, bound.path, bound.query, headers, body);
}

function readOutput(op: OperationSchema, response: RawResponse, ctx: SerdeContext, features: RestJsonFeatures): Obj {
  try {
    const plan = responsePlan(op.output, features);
    return readStructure(op.output, response, plan.hasBody ? parseJsonBody(response.body) : undefined, features);
  } catch (error) {
    throw malformedResponse(op, response, ctx, error);
  }
}

/** Reads an output or error structure: payload or JSON body members, then headers and status code. */
function readStructure(schema: StructureSchema, response: RawResponse, json: unknown, features: RestJsonFeatures): Obj {
  const plan = responsePlan(schema, features);
  const out: Obj = {};
  if (plan.payload) {
    let value = parsePayload(plan.payloadTarget!, response.body, plan.payloads, features);
    // Client error correction, as for body members: an absent @required payload gets its zero value, so the typed output holds.
    if (value === undefined && plan.payload.required && plan.payload.default === undefined) value = zeroValue(plan.payloadTarget!);
    if (value !== undefined) out[plan.payload.name] = value;
  } else if (plan.hasBody) {
    parseStructure(schema, json === undefined ? {} : json, REST_RESPONSE, out, features);
  }
  readResponseBindings(plan, response, out);
  return out;
}
