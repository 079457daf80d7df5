/** The AWS JSON protocol codecs (Smithy "AWS JSON 1.0 protocol" and "AWS JSON 1.1 protocol"), one module for both versions. */
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

/**
 * The versions of the AWS JSON protocol. Clients of 1.0 and 1.1 differ only in the Content-Type they send: servers
 * write error codes differently (1.0 a shape id, 1.1 a shape name), but clients must read both forms in both versions.
 */
export type AwsJsonVersion = "1.0" | "1.1";

/**
 * An AWS JSON codec of `version` with only the given value features (`blobs`, `timestamps`, `collections`); generated
 * clients pass what their service's shapes use. Every request is a POST of a JSON object (`{}` at least) to the
 * endpoint's path, with `Content-Type: application/x-amz-json-<version>` and the operation in `X-Amz-Target`;
 * HTTP binding traits and `@jsonName` are ignored.
 */
export function awsJsonWith(version: AwsJsonVersion, features: JsonValueFeatures): Protocol {
  return {
    serializeRequest(op, input, ctx) {
      const body = JSON.stringify(serializeStructure(op.input, input, PLAIN, false, features));
      const headers = { "Content-Type": `application/x-amz-json-${version}`, "X-Amz-Target": `${ctx.service.targetPrefix}.${op.name}` };
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

    // "1.1" → "awsJson1_1": both versions are 1.x.
    name: `awsJson1_${version[2]}`,
  };
}

const ALL: JsonValueFeatures = { blobs: jsonBlobs, timestamps: jsonTimestamps, collections: jsonCollections };

/** awsJson1_0 with every value feature. */
export const awsJson1_0: Protocol = /* @__PURE__ */ awsJsonWith("1.0", ALL);

/** awsJson1_1 with every value feature. */
export const awsJson1_1: Protocol = /* @__PURE__ */ awsJsonWith("1.1", ALL);
