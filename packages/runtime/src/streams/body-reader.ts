/**
 * Reading an unread response body chunk by chunk, whatever the HTTP handler returned: a Node.js stream
 * (NodeHttpHandler's IncomingMessage), a web ReadableStream or a Blob (FetchHttpHandler), or bytes or text
 * (stub handlers). Cancelling releases the connection.
 */

/** Pulls the chunks of a body; `cancel` stops it and frees the socket (idempotent). */
export interface BodyReader {
  /** The next chunk, or undefined at the end. Rejects when the connection fails or the reader was cancelled. */
  read(): Promise<Uint8Array | undefined>;
  cancel(reason?: unknown): void;
}

const encoder = /* @__PURE__ */ new TextEncoder();

/** A chunk as bytes (Node.js streams may give strings or Buffers, which are Uint8Arrays). */
export function chunkBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === "string") return encoder.encode(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  throw new TypeError(`The response body gave a chunk of type ${typeof chunk}`);
}

interface NodeLikeStream {
  [Symbol.asyncIterator](): AsyncIterator<unknown>;
  destroy(error?: Error): void;
}

/** True for a Node.js Readable (or anything with its async iteration and `destroy`). */
export function isNodeStream(body: unknown): body is NodeLikeStream {
  return (
    typeof body === "object" &&
    body !== null &&
    typeof (body as NodeLikeStream).destroy === "function" &&
    typeof (body as NodeLikeStream)[Symbol.asyncIterator] === "function"
  );
}

/** True for a web ReadableStream. */
export function isWebStream(body: unknown): body is ReadableStream<unknown> {
  return typeof body === "object" && body !== null && typeof (body as ReadableStream).getReader === "function";
}

/** True for a Blob. */
export function isBlob(body: unknown): body is Blob {
  return typeof Blob === "function" && body instanceof Blob;
}

/** A reader over a body of any of the shapes handlers return. */
export function openBody(body: unknown): BodyReader {
  if (isWebStream(body)) {
    const reader = body.getReader();
    let cancelled = false;
    return {
      read: () => reader.read().then((r) => (r.done ? undefined : chunkBytes(r.value))),
      cancel(reason) {
        if (cancelled) return;
        cancelled = true;
        reader.cancel(reason).catch(() => {});
      },
    };
  }
  if (isNodeStream(body)) {
    const iterator = body[Symbol.asyncIterator]();
    let cancelled = false;
    return {
      read: () => iterator.next().then((r) => (r.done ? undefined : chunkBytes(r.value))),
      cancel(reason) {
        if (cancelled) return;
        cancelled = true;
        // Destroying the IncomingMessage closes its socket (an unread keep-alive socket cannot be reused).
        body.destroy(reason instanceof Error ? reason : undefined);
      },
    };
  }
  let pending: Promise<Uint8Array | undefined> | undefined =
    body === undefined || body === null
      ? undefined
      : isBlob(body)
        ? body.arrayBuffer().then((b) => new Uint8Array(b))
        : Promise.resolve(chunkBytes(body));
  return {
    read() {
      const next = pending ?? Promise.resolve(undefined);
      pending = undefined;
      return next;
    },
    cancel() {
      pending = undefined;
    },
  };
}
