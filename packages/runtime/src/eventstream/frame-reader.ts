/**
 * Splits the bytes of an event-stream body into whole messages (frames). Each frame starts with its total
 * length; the prelude (lengths and their CRC32) is checked as soon as it has arrived, so a body that is not an
 * event stream fails at once instead of waiting for a bogus length. What was received of a frame that fails
 * is kept on the error.
 */
import type { BodyReader } from "../streams/body-reader.js";

/** The smallest frame: prelude (8), prelude CRC (4), message CRC (4). */
const MIN_FRAME = 16;
/**
 * 24 MiB, more than any message AWS sends (their limit is 16 MiB of payload plus headers). Written as a literal:
 * an arithmetic constant stops esbuild from inlining the runtime's other constants in every client's bundle.
 */
const MAX_FRAME = 25_165_824;

/** A frame that cannot be read: a torn frame (the body ended or failed mid-frame), a bad length or prelude CRC. */
export class FrameError extends Error {
  /** `received` holds the bytes of the failing frame that did arrive; `cause` the connection's error, if any. */
  constructor(
    message: string,
    readonly received: Uint8Array,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "FrameError";
  }
}

/** Reads whole frames from a body. */
export class FrameReader {
  declare private buffer: Uint8Array;
  declare private readonly body: BodyReader;
  declare private readonly crc32: (bytes: Uint8Array) => number;

  /** `crc32` checks preludes (from the lazily loaded codec). */
  constructor(body: BodyReader, crc32: (bytes: Uint8Array) => number) {
    this.body = body;
    this.crc32 = crc32;
    this.buffer = new Uint8Array(0);
  }

  /** The next whole frame, or undefined when the body ended between frames. Throws FrameError. */
  async next(): Promise<Uint8Array | undefined> {
    for (;;) {
      const frame = this.take();
      if (frame) return frame;
      let chunk: Uint8Array | undefined;
      try {
        chunk = await this.body.read();
      } catch (error) {
        if (this.buffer.length === 0) throw error;
        throw new FrameError(`the connection failed after ${this.buffer.length} bytes of a message`, this.buffer, error);
      }
      if (chunk === undefined) {
        if (this.buffer.length === 0) return undefined;
        throw new FrameError(`the stream ended ${this.buffer.length} bytes into a message`, this.buffer);
      }
      if (chunk.length > 0) this.append(chunk);
    }
  }

  /** A whole frame cut from the front of the buffer, if there is one. */
  private take(): Uint8Array | undefined {
    const buffer = this.buffer;
    if (buffer.length < 12) return undefined;
    const view = new DataView(buffer.buffer, buffer.byteOffset, 12);
    const total = view.getUint32(0, false);
    if (this.crc32(buffer.subarray(0, 8)) !== view.getUint32(8, false))
      throw new FrameError("the prelude checksum of a message does not match", buffer);
    if (total < MIN_FRAME || total > MAX_FRAME || view.getUint32(4, false) > total - MIN_FRAME)
      throw new FrameError(`a message claims an impossible length (${total} bytes)`, buffer);
    if (buffer.length < total) return undefined;
    this.buffer = buffer.subarray(total);
    return buffer.subarray(0, total);
  }

  private append(chunk: Uint8Array): void {
    if (this.buffer.length === 0) {
      this.buffer = chunk;
      return;
    }
    const joined = new Uint8Array(this.buffer.length + chunk.length);
    joined.set(this.buffer);
    joined.set(chunk, this.buffer.length);
    this.buffer = joined;
  }
}
