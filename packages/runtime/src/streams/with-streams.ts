/**
 * A JSON protocol codec (restJson1, awsJson1_0) that also handles streaming members: a `@streaming` blob
 * payload sent from bytes, text, a Blob or a stream and received as an SDK stream, and event streams in and
 * out. The plain codec binds every other member (the streaming one is taken out of its hands), so the codecs
 * of services without streaming carry none of this. Generated clients of streaming services use
 * `withStreams(codec, valueFeatures)` and add `addStreams` to their stack.
 */
import { EventStreamBody } from "../eventstream/event-stream-body.js";
import { eventStreamOutput } from "../eventstream/event-stream-output.js";
import type { Protocol, RawResponse } from "../protocol.js";
import type { JsonValueFeatures } from "../protocols/json-features.js";
import { malformedResponse } from "../protocols/malformed-response.js";
import { responseMetadata } from "../protocols/response-metadata.js";
import { utf8Encode } from "../protocols/utf8.js";
import { isBlob } from "./body-reader.js";
import { sdkStream } from "./sdk-stream.js";
import { streamingMember } from "./streaming-member.js";

type Obj = Record<string, unknown>;

/** Content-Type of event-stream bodies. */
export const EVENT_STREAM_CONTENT_TYPE = "application/vnd.amazon.eventstream";
/** The `x-amz-content-sha256` of a body of individually signed event frames. */
export const SIGNED_EVENTS = "STREAMING-AWS4-HMAC-SHA256-EVENTS";

const hasHeader = (headers: Record<string, string>, name: string) => Object.keys(headers).some((h) => h.toLowerCase() === name);

/** A blob payload value as the HTTP handlers take it: binary views become bytes, anything else (streams, Blobs, text) stays. */
function blobBody(value: unknown): unknown {
  if (value instanceof Uint8Array || !(ArrayBuffer.isView(value) || value instanceof ArrayBuffer)) return value;
  return ArrayBuffer.isView(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : new Uint8Array(value);
}

/** The codec `inner` extended with streaming members; `features` (its JSON value codecs) encode and decode event bodies. */
export function withStreams(inner: Protocol, features: JsonValueFeatures): Protocol {
  const named = inner.name === "restJson1";
  return {
    name: inner.name,

    serializeRequest(op, input, ctx) {
      const streaming = streamingMember(op.input);
      if (!streaming) return inner.serializeRequest(op, input, ctx);
      const { [streaming.member.name]: value, ...rest } = input as Obj;
      const request = inner.serializeRequest(op, rest, ctx);
      const headers = request.headers;
      if (streaming.kind === "blob") {
        if (value !== undefined && value !== null) {
          request.body = blobBody(value);
          if (!hasHeader(headers, "content-type")) headers["Content-Type"] = streaming.target.mediaType ?? "application/octet-stream";
          if (isBlob(value)) headers["content-length"] = String(value.size);
        }
        // Otherwise the signer hashes bytes and text, and signs any stream as UNSIGNED-PAYLOAD (as the official SDK).
        if (op.unsignedPayload) headers["x-amz-content-sha256"] = "UNSIGNED-PAYLOAD";
        return request;
      }
      // awsJson sends the other members as an `initial-request` event; restJson1 binds them to the HTTP request.
      const json = named ? undefined : (request.body as string | undefined);
      const initial = json !== undefined && json !== "{}" ? utf8Encode(json) : undefined;
      request.body =
        value === undefined || value === null
          ? undefined
          : new EventStreamBody(value as AsyncIterable<unknown>, { union: streaming.target, named, features }, initial);
      for (const name of Object.keys(headers)) if (name.toLowerCase() === "content-type") delete headers[name];
      headers["Content-Type"] = EVENT_STREAM_CONTENT_TYPE;
      headers["x-amz-content-sha256"] = SIGNED_EVENTS;
      return request;
    },

    deserializeResponse(op, response, ctx) {
      const unread = response.stream;
      const streaming = unread && streamingMember(op.output);
      if (!unread || !streaming) return inner.deserializeResponse(op, response, ctx);
      const out = inner.deserializeResponse(op, response, ctx) as Obj;
      const name = streaming.member.name;
      if (streaming.kind === "blob") {
        out[name] = sdkStream(unread.mix!, unread.body, unread.signal, unread.abortError);
        return out;
      }
      const malformed = (detail: string, received: Uint8Array, cause: unknown): Error => {
        const raw: RawResponse = { statusCode: response.statusCode, headers: response.headers, body: received };
        return malformedResponse(op, raw, ctx, cause instanceof Error ? Object.assign(new Error(detail), { cause }) : new Error(detail));
      };
      const events = eventStreamOutput({
        body: unread.body,
        decode: { union: streaming.target, named, features, service: ctx.service, metadata: responseMetadata(response) },
        signal: unread.signal,
        abortError: unread.abortError,
        malformed,
      });
      out[name] = events;
      // awsJson carries the other output members in a leading `initial-response` event: read it before returning.
      if (named || op.output.members.length === 1) return out;
      return events.initialResponse().then((body) => {
        if (!body) return out;
        const { stream: _unread, ...head } = response;
        const members = inner.deserializeResponse(op, { ...head, body }, ctx) as Obj;
        return { ...members, [name]: events };
      });
    },
  };
}
