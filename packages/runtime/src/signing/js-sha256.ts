// The package's entry class (`Sha256`) wraps this core in tslib's async helpers (1.5 KB per bundle) and
// a byte converter; the core plus the HMAC of RFC 2104 below is all the signer needs.
import { RawSha256 } from "@aws-crypto/sha256-js/build/module/RawSha256.js";
import type { Checksum, SourceData } from "@smithy/types";

/** SHA-256's block size in bytes: the HMAC key is padded (or first hashed) to it. */
const BLOCK = 64;

/** Bytes of any SigV4 source data (strings as UTF-8). */
const bytes = (data: SourceData): Uint8Array =>
  typeof data === "string"
    ? new TextEncoder().encode(data)
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

/**
 * SHA-256, or HMAC-SHA256 when given a key, in JavaScript on @aws-crypto/sha256-js (for browsers:
 * synchronous, and with no secure context needed, unlike WebCrypto). Asking twice for the digest
 * gives the same bytes, as with the package's own class.
 */
export class JsSha256 implements Checksum {
  declare private key: Uint8Array | undefined;
  declare private inner: RawSha256;
  declare private outer: RawSha256 | undefined;

  /** Starts a hash, keyed when `secret` is given. */
  constructor(secret?: SourceData) {
    if (secret !== undefined) {
      let key = bytes(secret);
      if (key.byteLength > BLOCK) {
        const h = new RawSha256();
        h.update(key);
        key = h.digest();
      }
      this.key = key;
    }
    this.reset();
  }

  /** Adds data. */
  update(data: SourceData): void {
    this.inner.update(bytes(data));
  }

  /** The digest of everything added. */
  digest(): Promise<Uint8Array> {
    const outer = this.outer;
    if (outer && !outer.finished) outer.update(this.inner.digest());
    return Promise.resolve((outer ?? this.inner).digest());
  }

  /** Starts over with the same key. */
  reset(): void {
    this.inner = new RawSha256();
    this.outer = undefined;
    const key = this.key;
    if (key) {
      const pad = new Uint8Array(BLOCK);
      this.outer = new RawSha256();
      pad.set(key);
      for (let i = 0; i < BLOCK; i++) pad[i]! ^= 0x36;
      this.inner.update(pad);
      // 0x36 ^ 0x5c turns the inner pad into the outer one.
      for (let i = 0; i < BLOCK; i++) pad[i]! ^= 0x36 ^ 0x5c;
      this.outer.update(pad);
    }
  }
}
