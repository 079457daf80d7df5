/**
 * MD5 (RFC 1321), only for the `Content-MD5` header that `@httpChecksumRequired` asks for.
 * A small pure implementation: browsers have no MD5 in WebCrypto.
 */

// K[i] = floor(abs(sin(i + 1)) * 2^32). Computing the table keeps it out of the bundle; it is exact on
// any engine: every product lies at least 0.015 away from an integer, far beyond Math.sin's error.
let K: Int32Array | undefined;

function constants(): Int32Array {
  if (!K) {
    K = new Int32Array(64);
    for (let i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000);
  }
  return K;
}

// Per-round shift amounts, four per round.
const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

/** The 16-byte MD5 digest of `data`. */
export function md5(data: Uint8Array): Uint8Array {
  const k = constants();
  const n = data.length;
  // Message + 0x80 + zero padding + 64-bit length, in 32-bit little-endian words.
  const words = new Int32Array((((n + 8) >>> 6) + 1) * 16);
  for (let i = 0; i < n; i++) words[i >>> 2]! |= data[i]! << ((i & 3) * 8);
  words[n >>> 2]! |= 0x80 << ((n & 3) * 8);
  words[words.length - 2] = (n * 8) | 0;
  words[words.length - 1] = Math.floor(n / 0x20000000);

  let a0 = 0x67452301;
  let b0 = 0xefcdab89 | 0;
  let c0 = 0x98badcfe | 0;
  let d0 = 0x10325476;
  for (let block = 0; block < words.length; block += 16) {
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let j = 0; j < 64; j++) {
      let f: number;
      let g: number;
      if (j < 16) {
        f = (b & c) | (~b & d);
        g = j;
      } else if (j < 32) {
        f = (d & b) | (~d & c);
        g = (5 * j + 1) & 15;
      } else if (j < 48) {
        f = b ^ c ^ d;
        g = (3 * j + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * j) & 15;
      }
      const s = S[((j >>> 4) << 2) | (j & 3)]!;
      const t = (a + f + k[j]! + words[block + g]!) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
  }

  const out = new Uint8Array(16);
  const state = [a0, b0, c0, d0];
  for (let i = 0; i < 16; i++) out[i] = (state[i >>> 2]! >>> ((i & 3) * 8)) & 255;
  return out;
}
