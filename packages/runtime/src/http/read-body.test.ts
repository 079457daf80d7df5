import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readBody } from "./read-body.js";

const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe("readBody", () => {
  it("reads every body shape a handler may return", async () => {
    const web = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode("we"));
        c.enqueue(new TextEncoder().encode("b"));
        c.close();
      },
    });
    const bodies: [unknown, string][] = [
      [new TextEncoder().encode("bytes"), "bytes"],
      [Buffer.from("buffer"), "buffer"],
      ["string", "string"],
      [new TextEncoder().encode("ab").buffer, "ab"],
      [new DataView(new TextEncoder().encode("view").buffer), "view"],
      [new Blob(["blob"]), "blob"],
      [web, "web"],
      [Readable.from([Buffer.from("no"), "de", new Uint8Array([33])]), "node!"],
      [Readable.from([]), ""],
    ];
    for (const [body, expected] of bodies) expect(text(await readBody(body))).toBe(expected);
  });

  it("reads odd bodies as empty instead of throwing", async () => {
    for (const odd of [undefined, null, 42, true, {}, { getReader: 1 }, Symbol("x")])
      expect(await readBody(odd)).toEqual(new Uint8Array(0));
  });

  it("passes a stream failure on (so a reset connection can be retried)", async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error("reset"), { code: "ECONNRESET" }));
      },
    });
    await expect(readBody(failing)).rejects.toMatchObject({ code: "ECONNRESET" });
  });
});
