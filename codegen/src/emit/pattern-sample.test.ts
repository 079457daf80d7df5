import { describe, expect, it } from "vitest";
import { samplePattern } from "./pattern-sample.js";

describe("samplePattern", () => {
  it.each([
    "^[0-9a-f]{32}$",
    "^[0-9]{12}$",
    "^lce-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}$",
    "^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):image/[a-z0-9-_]+/[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+$",
    "^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role/)?[a-zA-Z_0-9+=,.@\\-_/]+$",
    "^\\d{3}-\\w+$",
    "a|b",
  ])("builds a string matching %s", (pattern) => {
    const s = samplePattern(pattern);
    expect(s).toBeDefined();
    expect(new RegExp(pattern).test(s!)).toBe(true);
  });

  it("gives readable values", () => {
    expect(samplePattern("^[0-9a-f]{8}$")).toBe("01234567");
    expect(samplePattern("^[a-z]+$")).toBe("example");
  });

  it("gives up on syntax it does not handle", () => {
    expect(samplePattern("^(?=a)b$")).toBeUndefined();
    expect(samplePattern("^\\p{L}+$")).toBeUndefined();
    expect(samplePattern("[abc")).toBeUndefined();
  });
});
