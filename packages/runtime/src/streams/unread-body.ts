/** What the stream deserialize middleware hands a codec in place of a body it did not read (`RawResponse.stream`). */
import type { StreamMixin } from "./sdk-stream.js";

/** The unread body of a 2xx response whose output streams, and how to end it. */
export interface UnreadBody {
  /** The body as the HTTP handler returned it (IncomingMessage, ReadableStream, Blob, or bytes from a stub). */
  readonly body: unknown;
  /** The caller's abort signal: it stays in force while the body is read, after `send()` has resolved. */
  readonly signal: AbortSignal | undefined;
  /** The error a read fails with once `signal` has aborted. */
  readonly abortError: () => Error;
  /** The official SDK's stream helpers, loaded (blob payloads only). */
  readonly mix: StreamMixin | undefined;
}
