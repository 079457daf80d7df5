/**
 * The `application/vnd.amazon.eventstream` message codec of @smithy/core (`EventStreamCodec`: headers, prelude
 * and message CRC32), loaded on first use, so only clients of event-stream operations load or bundle it.
 */
import type { Crc32 } from "@smithy/core/checksum";
import type { EventStreamCodec, Int64 as Int64Class } from "@smithy/core/event-streams";
import type { Message } from "@smithy/types";
import { loadEventStreamModules } from "#platform";
import { utf8Decode, utf8Encode } from "../protocols/utf8.js";

/** The classes of @smithy/core this module wraps (the platform module loads them: lazily in Node.js). */
export interface EventStreamModules {
  readonly EventStreamCodec: typeof EventStreamCodec;
  readonly Int64: typeof Int64Class;
  readonly Crc32: typeof Crc32;
}

/** What this runtime uses of @smithy/core's event-stream and checksum modules. */
export interface EventStreamLib {
  /** Decodes one whole message; throws on a bad length, a CRC mismatch or malformed headers. */
  readonly decode: (frame: Uint8Array) => Message;
  /** Encodes one message (prelude, headers, body, both CRCs). */
  readonly encode: (message: Message) => Uint8Array;
  /** The encoded form of headers alone (what an event signature hashes). */
  readonly formatHeaders: (headers: Message["headers"]) => Uint8Array;
  /** CRC32 of bytes (for checking a prelude before its message has arrived). */
  readonly crc32: (bytes: Uint8Array) => number;
  /** The 64-bit integer header value class. */
  readonly Int64: typeof Int64Class;
}

let lib: Promise<EventStreamLib> | undefined;

/** Loads the codec once. */
export function loadEventStreamLib(): Promise<EventStreamLib> {
  lib ??= loadEventStreamModules().then((modules) => {
    const codec = new modules.EventStreamCodec(utf8Decode, utf8Encode);
    return {
      decode: (frame) => codec.decode(frame),
      encode: (message) => codec.encode(message),
      formatHeaders: (headers) => codec.formatHeaders(headers),
      crc32: (bytes) => {
        const crc = new modules.Crc32();
        crc.update(bytes);
        return crc.digestSync();
      },
      Int64: modules.Int64,
    };
  });
  return lib;
}
