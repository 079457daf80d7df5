/**
 * An event-stream frame encoder and decoder for the test server, written on node:zlib's CRC32 only, so the
 * client's frames are checked against code that shares nothing with the runtime (@smithy/core's codec).
 */
import { crc32 } from "node:zlib";

/** A header value as the test writes it. */
export type HeaderValue = string | Uint8Array | Date | boolean | number;

/** A decoded frame: headers by name, and the body. */
export interface Frame {
  readonly headers: Record<string, HeaderValue>;
  readonly body: Uint8Array;
}

/** Encodes one message; strings, bytes, Dates, booleans and (int32) numbers become headers of their type. */
export function encodeFrame(headers: Record<string, HeaderValue>, body: Uint8Array | string = new Uint8Array(0)): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const n = Buffer.from(name);
    parts.push(Buffer.from([n.length]), n);
    if (typeof value === "boolean") parts.push(Buffer.from([value ? 0 : 1]));
    else if (typeof value === "number") {
      const b = Buffer.alloc(5);
      b[0] = 4;
      b.writeInt32BE(value, 1);
      parts.push(b);
    } else if (value instanceof Date) {
      const b = Buffer.alloc(9);
      b[0] = 8;
      b.writeBigInt64BE(BigInt(value.getTime()), 1);
      parts.push(b);
    } else {
      const v = typeof value === "string" ? Buffer.from(value) : Buffer.from(value);
      const h = Buffer.alloc(3);
      h[0] = typeof value === "string" ? 7 : 6;
      h.writeUInt16BE(v.length, 1);
      parts.push(h, v);
    }
  }
  const head = Buffer.concat(parts);
  const payload = typeof body === "string" ? Buffer.from(body) : Buffer.from(body);
  const total = 16 + head.length + payload.length;
  const out = Buffer.alloc(total);
  out.writeUInt32BE(total, 0);
  out.writeUInt32BE(head.length, 4);
  out.writeUInt32BE(crc32(out.subarray(0, 8)), 8);
  head.copy(out, 12);
  payload.copy(out, 12 + head.length);
  out.writeUInt32BE(crc32(out.subarray(0, total - 4)), total - 4);
  return out;
}

/** Decodes the headers of a frame's header block. */
function decodeHeaders(bytes: Buffer): Record<string, HeaderValue> {
  const out: Record<string, HeaderValue> = {};
  let at = 0;
  while (at < bytes.length) {
    const nameLength = bytes[at]!;
    const name = bytes.subarray(at + 1, at + 1 + nameLength).toString();
    at += 1 + nameLength;
    const type = bytes[at++]!;
    if (type === 0 || type === 1) out[name] = type === 0;
    else if (type === 2) out[name] = bytes.readInt8(at++);
    else if (type === 3) {
      out[name] = bytes.readInt16BE(at);
      at += 2;
    } else if (type === 4) {
      out[name] = bytes.readInt32BE(at);
      at += 4;
    } else if (type === 5 || type === 8) {
      const n = Number(bytes.readBigInt64BE(at));
      out[name] = type === 8 ? new Date(n) : n;
      at += 8;
    } else if (type === 6 || type === 7) {
      const length = bytes.readUInt16BE(at);
      const value = bytes.subarray(at + 2, at + 2 + length);
      out[name] = type === 7 ? value.toString() : new Uint8Array(value);
      at += 2 + length;
    } else throw new Error(`header type ${type} is not handled by the test decoder`);
  }
  return out;
}

/** Splits bytes into frames, checking both CRCs; throws on a torn or corrupt frame. */
export function decodeFrames(bytes: Buffer): { frame: Frame; raw: Buffer }[] {
  const frames: { frame: Frame; raw: Buffer }[] = [];
  let at = 0;
  while (at < bytes.length) {
    const total = bytes.readUInt32BE(at);
    const raw = bytes.subarray(at, at + total);
    if (raw.length !== total) throw new Error("torn frame");
    if (crc32(raw.subarray(0, 8)) !== raw.readUInt32BE(8)) throw new Error("bad prelude CRC");
    if (crc32(raw.subarray(0, total - 4)) !== raw.readUInt32BE(total - 4)) throw new Error("bad message CRC");
    const headerLength = raw.readUInt32BE(4);
    frames.push({
      frame: {
        headers: decodeHeaders(raw.subarray(12, 12 + headerLength)),
        body: new Uint8Array(raw.subarray(12 + headerLength, total - 4)),
      },
      raw,
    });
    at += total;
  }
  return frames;
}
