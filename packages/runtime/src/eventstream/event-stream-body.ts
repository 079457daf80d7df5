/**
 * The request body of an event-stream input member, as the codec leaves it: the caller's events, encoded
 * lazily as they come. The per-attempt stream middleware turns it into the bytes to send, signing each frame
 * once the request's own signature is known (see frame-signer.ts).
 */
import { loadEventStreamLib } from "./codec.js";
import { type EventEncodeContext, encodeEvent } from "./event-encoder.js";
import type { FrameSigner } from "./frame-signer.js";

/** The encoded events of one request (the body an event-stream input leaves on the request until it is sent). */
export class EventStreamBody {
  declare readonly events: AsyncIterable<unknown> | Iterable<unknown>;
  declare readonly context: Omit<EventEncodeContext, "Int64">;
  /** The JSON of the other input members, sent first as an `initial-request` event (awsJson). */
  declare readonly initialRequest: Uint8Array | undefined;

  /** Holds the events and how to encode them. */
  constructor(events: AsyncIterable<unknown> | Iterable<unknown>, context: Omit<EventEncodeContext, "Int64">, initialRequest?: Uint8Array) {
    this.events = events;
    this.context = context;
    this.initialRequest = initialRequest;
  }

  /**
   * The frames to send: each message, wrapped and signed by `sign` when given, then (signed streams only) the
   * signed empty frame that ends the stream. Throws EventInputError for an event that is not one known event.
   */
  async *frames(sign?: FrameSigner): AsyncGenerator<Uint8Array> {
    const lib = await loadEventStreamLib();
    const context = { ...this.context, Int64: lib.Int64 };
    const send = (message: Uint8Array) => (sign ? sign(message) : message);
    if (this.initialRequest) {
      yield await send(
        lib.encode({
          headers: {
            ":message-type": { type: "string", value: "event" },
            ":event-type": { type: "string", value: "initial-request" },
            ":content-type": { type: "string", value: "application/json" },
          },
          body: this.initialRequest,
        }),
      );
    }
    for await (const event of this.events) yield await send(lib.encode(encodeEvent(event, context)));
    if (sign) yield await sign(new Uint8Array(0));
  }
}
