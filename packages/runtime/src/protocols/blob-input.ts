/** Normalizes the blob values callers may pass (Uint8Array, other binary views, strings) to bytes. */
import { utf8Encode } from "./utf8.js";

/** Bytes of a blob input: Uint8Array as is, any ArrayBuffer / view as a byte view, a string as UTF-8. */
export function blobBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (typeof value === "string") return utf8Encode(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw new Error(`Invalid blob: expected a Uint8Array or a string, got ${typeof value}`);
}
