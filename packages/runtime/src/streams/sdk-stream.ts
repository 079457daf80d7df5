/**
 * The value of a `@streaming` blob output member: the unread response body with the official SDK's helpers
 * (`transformToByteArray()`, `transformToString(encoding?)`, `transformToWebStream()`), mixed in by
 * @smithy/core's `sdkStreamMixin` (its Node.js build in Node.js, its browser build in bundles). In Node.js
 * the body stays the IncomingMessage (pipe it, iterate it); in browsers it is a ReadableStream or a Blob.
 */
import type { StreamingBlobPayloadOutputTypes } from "@smithy/types";
import { chunkBytes, isBlob, isNodeStream, isWebStream, openBody } from "./body-reader.js";

/** Adds the helpers to a Node.js Readable, a ReadableStream or a Blob. */
export type StreamMixin = (stream: unknown) => StreamingBlobPayloadOutputTypes;

/**
 * Wraps a web stream in one that this module can cancel even while the caller holds its reader: the
 * caller's abort signal then stops the download (a locked stream cannot be cancelled from outside).
 */
function cancellableWebStream(body: ReadableStream<unknown>, signal: AbortSignal, abortError: () => Error): ReadableStream<Uint8Array> {
  const source = openBody(body);
  let stop: ((reason: unknown) => void) | undefined;
  const onAbort = () => stop?.(abortError());
  return new ReadableStream<Uint8Array>({
    start(controller) {
      stop = (reason) => {
        source.cancel(reason);
        controller.error(reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
    },
    async pull(controller) {
      const chunk = await source.read();
      if (chunk === undefined) {
        signal.removeEventListener("abort", onAbort);
        controller.close();
      } else controller.enqueue(chunk);
    },
    cancel(reason) {
      signal.removeEventListener("abort", onAbort);
      source.cancel(reason);
    },
  });
}

/**
 * The streaming output value of a body. Bytes or text (from stub handlers) become a Blob; an abort of `signal`
 * (the caller's) after the output was returned destroys the body, failing its reader with `abortError()`.
 */
export function sdkStream(
  mix: StreamMixin,
  body: unknown,
  signal: AbortSignal | undefined,
  abortError: () => Error,
): StreamingBlobPayloadOutputTypes {
  if (isNodeStream(body)) {
    if (signal) {
      const onAbort = () => body.destroy(abortError());
      signal.addEventListener("abort", onAbort, { once: true });
      (body as unknown as { once(event: string, fn: () => void): void }).once("close", () => signal.removeEventListener("abort", onAbort));
    }
    return mix(body);
  }
  if (isWebStream(body)) return mix(signal ? cancellableWebStream(body, signal, abortError) : body);
  if (isBlob(body)) return mix(body);
  return mix(new Blob([body === undefined || body === null ? new Uint8Array(0) : (chunkBytes(body) as BlobPart)]));
}
