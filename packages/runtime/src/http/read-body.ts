const EMPTY = new Uint8Array(0);
const encoder = new TextEncoder();

/** Turns one chunk of a stream into bytes (strings as UTF-8; anything else unreadable is skipped). */
function chunkBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === "string") return encoder.encode(chunk);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return EMPTY;
}

/** Joins chunks into one array. */
function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Reads a response body fully: bytes, strings, ArrayBuffers, Blobs, web ReadableStreams and Node.js
 * streams (any async iterable). Bodies of any other shape read as empty rather than throwing.
 */
export async function readBody(body: unknown): Promise<Uint8Array> {
  if (body === null || body === undefined) return EMPTY;
  if (typeof body !== "object") return typeof body === "string" ? encoder.encode(body) : EMPTY;
  const b = body as {
    arrayBuffer?: () => Promise<ArrayBuffer>;
    getReader?: () => ReadableStreamDefaultReader<unknown>;
    [Symbol.asyncIterator]?: () => AsyncIterator<unknown>;
  };
  if (b instanceof Uint8Array || b instanceof ArrayBuffer || ArrayBuffer.isView(b)) return chunkBytes(b);
  const chunks: Uint8Array[] = [];
  if (typeof b.getReader === "function") {
    const reader = b.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(chunkBytes(r.value));
  } else if (typeof b[Symbol.asyncIterator] === "function") {
    for await (const chunk of b as AsyncIterable<unknown>) chunks.push(chunkBytes(chunk));
  } else if (typeof b.arrayBuffer === "function") {
    return new Uint8Array(await b.arrayBuffer());
  }
  return chunks.length ? concat(chunks) : EMPTY;
}
