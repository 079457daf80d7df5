/**
 * Standard base64 (RFC 4648 §4). The codec itself comes from the platform (Node.js: Buffer; browsers: the
 * @smithy/core one that @smithy/fetch-http-handler already brings into the bundle); this module adds the
 * strict validation the protocols need, which neither of them does.
 */
import { decodeBase64, encodeBase64 } from "#platform";

/** Encodes bytes as padded base64. */
export const toBase64: (bytes: Uint8Array) => string = encodeBase64;

/**
 * Decodes base64 (padding optional); returns undefined when the text is not base64,
 * so callers decide which error to raise.
 */
export function fromBase64(text: string): Uint8Array | undefined {
  const total = text.length;
  let len = total;
  while (len > 0 && text.charCodeAt(len - 1) === 61 /* = */) len--;
  const padding = total - len;
  if (padding > 2 || (padding > 0 && total % 4 !== 0) || len % 4 === 1) return undefined;
  const data = text.slice(0, len);
  if (!/^[A-Za-z0-9+/]*$/.test(data)) return undefined;
  // Both codecs are given canonical padded text: the browser one requires it.
  return decodeBase64(data + "==".slice(0, (4 - (len % 4)) % 4));
}
