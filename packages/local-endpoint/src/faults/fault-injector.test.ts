import { describe, expect, it } from "vitest";
import { FaultInjector } from "./fault-injector.js";
import { mulberry32 } from "./mulberry32.js";

const kinds = (f: FaultInjector, n: number, op = "Op") => Array.from({ length: n }, () => f.decide(op)?.kind ?? "-");

describe("mulberry32", () => {
  it("is deterministic per seed and spreads over [0, 1)", () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.filter((x) => x < 0.5).length).toBeGreaterThan(430);
    expect(xs.filter((x) => x < 0.5).length).toBeLessThan(570);
    expect(mulberry32(2)()).not.toBe(mulberry32(1)());
  });
});

describe("FaultInjector", () => {
  it("injects nothing by default", () => {
    expect(kinds(new FaultInjector(), 50).every((k) => k === "-")).toBe(true);
  });

  it("reproduces the same faults for the same seed and roughly honours the rate", () => {
    const a = kinds(new FaultInjector({ rate: 0.3 }, 5), 400);
    expect(kinds(new FaultInjector({ rate: 0.3 }, 5), 400)).toEqual(a);
    const faulted = a.filter((k) => k !== "-").length;
    expect(faulted).toBeGreaterThan(80);
    expect(faulted).toBeLessThan(160);
    expect(new Set(a)).toEqual(new Set(["-", "internal", "unavailable", "throttle", "reset", "reset-after"]));
  });

  it("follows the weights", () => {
    const got = kinds(new FaultInjector({ rate: 1, kinds: { throttle: 3, internal: 1 } }, 3), 400);
    const throttles = got.filter((k) => k === "throttle").length;
    expect(throttles + got.filter((k) => k === "internal").length).toBe(400);
    expect(throttles).toBeGreaterThan(260);
  });

  it("serves scripted faults first, per operation, then falls back to random ones", () => {
    const f = new FaultInjector({ rate: 0 });
    f.failNext(2, "throttle", { operation: "A" });
    f.failNext(1, "reset");
    expect(f.scriptedRemaining).toBe(3);
    expect([f.decide("B")?.kind, f.decide("A")?.kind, f.decide("A")?.kind, f.decide("A")?.kind]).toEqual([
      "reset",
      "throttle",
      "throttle",
      undefined,
    ]);
    expect(f.decide("A")).toBeUndefined();
  });

  it("does not consume random draws for operations outside the filter", () => {
    const filtered = new FaultInjector({ rate: 0.5, operations: ["A"] }, 11);
    const plain = new FaultInjector({ rate: 0.5 }, 11);
    const mixed = [];
    for (let i = 0; i < 20; i++) {
      expect(filtered.decide("B")).toBeUndefined();
      mixed.push(filtered.decide("A")?.kind ?? "-");
    }
    expect(mixed).toEqual(kinds(plain, 20, "A"));
  });
});
