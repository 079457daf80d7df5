import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsSha256 } from "./js-sha256.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("JsSha256", () => {
  it("matches node:crypto for SHA-256 and HMAC-SHA256 (keys shorter and longer than a block, data in pieces)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.uint8Array({ maxLength: 150 }), { nil: undefined }),
        fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 4 }),
        async (key, pieces) => {
          const ours = new JsSha256(key);
          const theirs = key === undefined ? createHash("sha256") : createHmac("sha256", key);
          for (const p of pieces) {
            ours.update(p);
            theirs.update(p);
          }
          const expected = theirs.digest("hex");
          expect(hex(await ours.digest())).toBe(expected);
          expect(hex(await ours.digest())).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("accepts strings, ArrayBuffers and views, and starts over on reset with the same key", async () => {
    const bytes = new TextEncoder().encode("abcü");
    for (const data of ["abcü", bytes, bytes.buffer, new DataView(bytes.buffer)]) {
      const h = new JsSha256("key");
      h.update("discarded");
      h.reset();
      h.update(data);
      expect(hex(await h.digest())).toBe(createHmac("sha256", "key").update("abcü").digest("hex"));
    }
    const empty = new JsSha256();
    expect(hex(await empty.digest())).toBe(createHash("sha256").digest("hex"));
  });
});
