import { createHash, createHmac } from "node:crypto";
import { Sha256 as JsSha256 } from "@aws-crypto/sha256-js";
import { describe, expect, it, vi } from "vitest";
import { NodeSha256 } from "../signing/node-sha256.js";
import * as browser from "./browser.js";
import * as node from "./node.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("platform modules", () => {
  it("export the same names", () => {
    expect(Object.keys(browser).sort()).toEqual(Object.keys(node).sort());
  });

  it("base64 codecs of both platforms agree with Buffer for every byte value, on views at an offset too", () => {
    for (let n = 0; n < 70; n++) {
      const whole = new Uint8Array(n + 260).map((_, i) => (i * 7 + n) & 255);
      const data = whole.subarray(3, n + 259);
      const expected = Buffer.from(data).toString("base64");
      expect(browser.encodeBase64(data)).toBe(expected);
      expect(node.encodeBase64(data)).toBe(expected);
      expect(browser.decodeBase64(expected)).toEqual(new Uint8Array(data));
      expect(node.decodeBase64(expected)).toEqual(new Uint8Array(data));
    }
  });

  it("node Sha256 matches node:crypto and sha256-js, keyed or not, for every input type", async () => {
    const data = [
      "abc",
      new TextEncoder().encode("abc"),
      new TextEncoder().encode("abc").buffer,
      new DataView(new TextEncoder().encode("abc").buffer),
    ];
    for (const d of data) {
      expect(node.Sha256).toBe(NodeSha256);
      const h = new NodeSha256();
      h.update(d);
      expect(hex(await h.digest())).toBe(createHash("sha256").update("abc").digest("hex"));
      const k = new NodeSha256("key");
      k.update(d);
      const j = new JsSha256("key");
      j.update(d);
      expect(hex(await k.digest())).toBe(createHmac("sha256", "key").update("abc").digest("hex"));
      expect(hex(await k.digest())).toBe(createHmac("sha256", "key").update("abc").digest("hex"));
      expect(hex(await j.digest())).toBe(createHmac("sha256", "key").update("abc").digest("hex"));
    }
    const r = new NodeSha256(new Uint8Array([1, 2]));
    r.update("x");
    r.reset();
    r.update("abc");
    expect(hex(await r.digest())).toBe(
      createHmac("sha256", Buffer.from([1, 2]))
        .update("abc")
        .digest("hex"),
    );
  });

  it("browser randomUUID falls back to getRandomValues outside secure contexts", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(browser.randomUUID()).toMatch(uuid);
    const spy = vi.spyOn(crypto, "randomUUID").mockImplementation(undefined as never);
    (crypto as { randomUUID?: unknown }).randomUUID = undefined;
    try {
      const ids = new Set(Array.from({ length: 50 }, () => browser.randomUUID()));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(uuid);
    } finally {
      spy.mockRestore();
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(browser.randomUUID()).toMatch(uuid);
  });

  it("browser has no ambient credentials, region or endpoint settings", async () => {
    const init = { region: async () => "us-east-1", requestHandler: { handle: () => Promise.reject(new Error("unused")) } };
    await expect(browser.defaultCredentials(init)()).rejects.toThrow(
      "No AWS credentials: in the browser, pass `credentials` in the client config",
    );
    expect(await browser.defaultRegion({})()).toBeUndefined();
    expect(await browser.defaultUseFipsEndpoint({ profile: "p" })()).toBe(false);
    expect(await browser.defaultUseDualstackEndpoint({ profile: "p" })()).toBe(false);
    expect(await browser.defaultConfiguredEndpoint("Proton")()).toBeUndefined();
    expect(browser.sendUserAgentHeader).toBe(false);
  });

  it("node loads the signer and the HTTP handler lazily", async () => {
    const Signer = await node.loadSigner();
    expect(typeof Signer).toBe("function");
    const handler = node.createRequestHandler();
    expect(typeof handler.handle).toBe("function");
    handler.destroy!();
  });
});
