/** Standard base64 (RFC 4648 §4) without Buffer or atob, so the same code runs in Node and browsers. */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

let decodeTable: Int8Array | undefined;

function table(): Int8Array {
  if (!decodeTable) {
    decodeTable = new Int8Array(128).fill(-1);
    for (let i = 0; i < 64; i++) decodeTable[ALPHABET.charCodeAt(i)] = i;
  }
  return decodeTable;
}

/** Encodes bytes as padded base64. */
export function toBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  let out = "";
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET.charAt(v >>> 18) + ALPHABET.charAt((v >>> 12) & 63) + ALPHABET.charAt((v >>> 6) & 63) + ALPHABET.charAt(v & 63);
  }
  if (i < n) {
    const rest = n - i;
    const v = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out += ALPHABET.charAt(v >>> 18) + ALPHABET.charAt((v >>> 12) & 63);
    out += rest === 2 ? `${ALPHABET.charAt((v >>> 6) & 63)}=` : "==";
  }
  return out;
}

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
  const t = table();
  const out = new Uint8Array((len * 3) >>> 2);
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? t[c]! : -1;
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 255;
    }
  }
  return out;
}
