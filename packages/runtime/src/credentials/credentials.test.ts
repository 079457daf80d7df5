import { afterEach, describe, expect, it, vi } from "vitest";
import { cacheCredentials } from "./cache-credentials.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("cacheCredentials", () => {
  it("checks static credentials on first use, not before", async () => {
    const provider = cacheCredentials({ accessKeyId: "A", secretAccessKey: "" });
    await expect(provider()).rejects.toThrow("Invalid credentials: accessKeyId and secretAccessKey must be non-empty strings.");
    expect(await cacheCredentials({ accessKeyId: "A", secretAccessKey: "S" })()).toEqual({ accessKeyId: "A", secretAccessKey: "S" });
  });

  it("calls a provider once for concurrent and later calls while the credentials are fresh", async () => {
    const source = vi.fn(async () => ({ accessKeyId: "A", secretAccessKey: "S" }));
    const provider = cacheCredentials(source);
    await Promise.all([provider(), provider(), provider()]);
    await provider();
    expect(source).toHaveBeenCalledTimes(1);
  });

  it("refreshes credentials five minutes before they expire", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2024-01-01T00:00:00Z") });
    let n = 0;
    const provider = cacheCredentials(async () => ({
      accessKeyId: `A${++n}`,
      secretAccessKey: "S",
      expiration: new Date("2024-01-01T01:00:00Z"),
    }));
    expect((await provider()).accessKeyId).toBe("A1");
    vi.setSystemTime(new Date("2024-01-01T00:54:59Z"));
    expect((await provider()).accessKeyId).toBe("A1");
    vi.setSystemTime(new Date("2024-01-01T00:55:01Z"));
    expect((await provider()).accessKeyId).toBe("A2");
  });

  it("does not cache a failure", async () => {
    let fail = true;
    const provider = cacheCredentials(async () => {
      if (fail) throw new Error("not yet");
      return { accessKeyId: "A", secretAccessKey: "S" };
    });
    await expect(provider()).rejects.toThrow("not yet");
    fail = false;
    expect((await provider()).accessKeyId).toBe("A");
  });
});
