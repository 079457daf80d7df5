/** What kind of request body a streaming member leaves: one that can be sent again on a retry, or not. */
import { EventStreamBody } from "../eventstream/event-stream-body.js";
import { isNodeStream, isWebStream } from "./body-reader.js";

/** True for a body that is read as it is sent (a stream, an async iterable, event frames): no attempt can resend it. */
export function isOneShotBody(body: unknown): boolean {
  if (body instanceof EventStreamBody || isNodeStream(body) || isWebStream(body)) return true;
  return typeof body === "object" && body !== null && typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";
}
