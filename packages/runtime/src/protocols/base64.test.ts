import { describe, expect, it } from "vitest";
import { fromBase64, toBase64 } from "./base64.js";
import { utf8Decode, utf8Encode } from "./utf8.js";

const bytes = (text: string) => utf8Encode(text);

describe("toBase64", () => {
  it.each([
    ["", ""],
    ["f", "Zg=="],
    ["fo", "Zm8="],
    ["foo", "Zm9v"],
    ["foob", "Zm9vYg=="],
    ["value", "dmFsdWU="],
    ["abc", "YWJj"],
  ])("encodes %j as %j (RFC 4648 vectors)", (text, encoded) => {
    expect(toBase64(bytes(text))).toBe(encoded);
  });

  it("matches Node's Buffer for every byte value and lengths around the 3-byte boundary", () => {
    for (let n = 0; n < 70; n++) {
      const data = new Uint8Array(n + 256).map((_, i) => (i * 7 + n) & 255);
      expect(toBase64(data)).toBe(Buffer.from(data).toString("base64"));
    }
  });

  it("encodes large inputs (chunked concatenation)", () => {
    const data = new Uint8Array(100_000).map((_, i) => i & 255);
    expect(toBase64(data)).toBe(Buffer.from(data).toString("base64"));
  });
});

describe("fromBase64", () => {
  it("round-trips", () => {
    for (let n = 0; n < 40; n++) {
      const data = new Uint8Array(n).map((_, i) => (i * 13 + 5) & 255);
      expect(fromBase64(toBase64(data))).toEqual(data);
    }
  });

  it("accepts missing padding", () => {
    expect(utf8Decode(fromBase64("Zm8")!)).toBe("fo");
    expect(utf8Decode(fromBase64("Zg")!)).toBe("f");
  });

  it.each(["Zm9v!", "Zm9v YQ==", "Z", "Zm9vY", "Zg===", "Z=g=", "Zm9v=", "é"])("rejects %j", (text) => {
    expect(fromBase64(text)).toBeUndefined();
  });
});
