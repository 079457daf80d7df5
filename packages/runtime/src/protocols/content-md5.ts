/** The `Content-MD5` header that `@httpChecksumRequired` operations must send. */
import { toBase64 } from "./base64.js";
import { md5 } from "./md5.js";
import { utf8Encode } from "./utf8.js";

/**
 * Sets `Content-MD5` (base64 of the body's MD5) unless already set. Bodies that are not a string or
 * bytes (streams) are left alone: they cannot be hashed without being consumed.
 */
export function addContentMd5(headers: Record<string, string>, body: unknown): void {
  for (const name of Object.keys(headers)) if (name.toLowerCase() === "content-md5") return;
  const bytes =
    typeof body === "string" ? utf8Encode(body) : body instanceof Uint8Array ? body : body === undefined ? new Uint8Array(0) : undefined;
  if (bytes !== undefined) headers["Content-MD5"] = toBase64(md5(bytes));
}
