/** The awsJson1_0 protocol codec (Smithy "AWS JSON 1.0 protocol"). */
import type { Protocol } from "../protocol.js";
import { createRequest } from "./create-request.js";
import { buildErrorFromResponse } from "./error-parse.js";
import { jsonBlobs } from "./json-blobs.js";
import { parseJsonBody } from "./json-body.js";
import { jsonCollections } from "./json-collections.js";
import { parseStructure } from "./json-deserialize.js";
import type { JsonValueFeatures } from "./json-features.js";
import { jsonMembers, PLAIN } from "./json-members.js";
import { serializeStructure } from "./json-serialize.js";
import { jsonTimestamps } from "./json-timestamps.js";
import { malformedResponse } from "./malformed-response.js";

/** Content-Type of every awsJson1_0 request. */
const CONTENT_TYPE = "application/x-amz-json-1.0";

/**
 * An awsJson1_0 codec with only the given value features (`blobs`, `timestamps`, `collections`); generated clients pass what their
 * service's shapes use. Every request is a POST of a JSON object (`{}` at least) to the endpoint's path,
 * naming the operation in `X-Amz-Target`; HTTP binding traits and `@jsonName` are ignored.
 */
export function awsJson1_0With(features: JsonValueFeatures): Protocol {
  return {
    name: "awsJson1_0",

    serializeRequest(op, input, ctx) {
      const body = JSON.stringify(serializeStructure(op.input, input, PLAIN, false, features));
      const headers: Record<string, string> = {
        "Content-Type": CONTENT_TYPE,
        "X-Amz-Target": `${ctx.service.targetPrefix}.${op.name}`,
      };
      return createRequest(ctx.endpoint, "POST", "/", {}, headers, body);
    },

    deserializeResponse(op, response, ctx) {
      const status = response.statusCode;
      if (status < 200 || status >= 300) {
        throw buildErrorFromResponse(op, response, ctx, (error, body) => parseStructure(error.schema, body ?? {}, PLAIN, {}, features));
      }
      // An output without members ignores whatever body comes back (forward compatibility).
      if (jsonMembers(op.output, PLAIN).members.length === 0) return {};
      try {
        const json = parseJsonBody(response.body);
        return parseStructure(op.output, json === undefined ? {} : json, PLAIN, {}, features);
      } catch (error) {
        throw malformedResponse(op, response, ctx, error);
      }
    },
  };
}

/** awsJson1_0 with every value feature. */
export const awsJson1_0: Protocol = /* @__PURE__ */ awsJson1_0With({
  blobs: jsonBlobs,
  timestamps: jsonTimestamps,
  collections: jsonCollections,
});
