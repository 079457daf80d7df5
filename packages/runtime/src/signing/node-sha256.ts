import type { Hash, Hmac } from "node:crypto";
import { createRequire } from "node:module";
import type { Checksum, SourceData } from "@smithy/types";

let crypto: typeof import("node:crypto") | undefined;

/**
 * node:crypto, loaded on first use: loading it takes longer than importing a whole client, and only
 * sending needs it. `process.getBuiltinModule` (Node.js 20.16 and later) or a `require` based anywhere
 * (built-in modules resolve the same from any path): not `import.meta.url`, which is undefined once a
 * bundler turns the module into CommonJS.
 */
export const nodeCrypto = (): typeof import("node:crypto") =>
  (crypto ??= ((process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.("node:crypto") ??
    createRequire(process.execPath)("node:crypto")) as typeof import("node:crypto"));

/** Bytes Node's crypto accepts, from any SigV4 source data. */
const bytes = (data: SourceData): string | Uint8Array =>
  typeof data === "string" || data instanceof Uint8Array
    ? data
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

/** SHA-256 (or HMAC-SHA256 when given a key) on node:crypto: much faster than a JavaScript implementation. */
export class NodeSha256 implements Checksum {
  private hash: Hash | Hmac;
  private result: Uint8Array | undefined;

  /** Starts a hash, keyed when `secret` is given. */
  constructor(private readonly secret?: SourceData) {
    this.hash = this.create();
  }

  /** Adds data. */
  update(data: SourceData): void {
    this.hash.update(bytes(data));
  }

  /** The digest of everything added (kept, so asking twice gives the same bytes, as with sha256-js). */
  digest(): Promise<Uint8Array> {
    this.result ??= this.hash.digest();
    return Promise.resolve(this.result);
  }

  /** Starts over with the same key. */
  reset(): void {
    this.hash = this.create();
    this.result = undefined;
  }

  private create(): Hash | Hmac {
    const c = nodeCrypto();
    return this.secret === undefined ? c.createHash("sha256") : c.createHmac("sha256", bytes(this.secret));
  }
}
