/** The `blobs` feature of the JSON protocol codecs: strict base64 (see json-features.ts). */
import { fromBase64, toBase64 } from "./base64.js";
import { blobBytes } from "./blob-input.js";
import type { BlobCodec } from "./json-features.js";

/** Base64 blobs, for the JSON codecs' features `{ blobs: jsonBlobs }`. */
export const jsonBlobs: BlobCodec = {
  encode: (value) => toBase64(blobBytes(value)),
  decode: fromBase64,
};
