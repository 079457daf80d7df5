import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { md5 } from "./md5.js";
import { utf8Encode } from "./utf8.js";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("md5", () => {
  it.each([
    ["", "d41d8cd98f00b204e9800998ecf8427e"],
    ["a", "0cc175b9c0f1b6a831c399e269772661"],
    ["abc", "900150983cd24fb0d6963f7d28e17f72"],
    ["message digest", "f96b697d7cb7938d525a2f31aaf161d0"],
    ["12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a"],
  ])("RFC 1321 vector %j", (text, digest) => {
    expect(hex(md5(utf8Encode(text)))).toBe(digest);
  });

  it("agrees with node:crypto on every length across block boundaries", () => {
    for (let n = 0; n < 200; n++) {
      const data = new Uint8Array(n).map((_, i) => (i * 31 + n) & 255);
      expect(hex(md5(data))).toBe(createHash("md5").update(data).digest("hex"));
    }
  });
});
