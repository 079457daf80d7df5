import { describe, expect, test } from "vitest";
import {
  isAbsoluteShapeId,
  isShapeIdSyntax,
  nameOf,
  namespaceOf,
  parseAbsoluteShapeId,
  parseRelativeShapeId,
  splitMemberId,
} from "./shape-id.js";

describe("shape ids", () => {
  test.each([
    ["a.b#C", { namespace: "a.b", name: "C", member: undefined }],
    ["smithy.api#String", { namespace: "smithy.api", name: "String", member: undefined }],
    ["ex#Shape$member_1", { namespace: "ex", name: "Shape", member: "member_1" }],
    ["_a.__b1#_C", { namespace: "_a.__b1", name: "_C", member: undefined }],
  ])("parses %s", (text, parts) => {
    expect(parseAbsoluteShapeId(text)).toEqual(parts);
    expect(isAbsoluteShapeId(text)).toBe(true);
  });

  test.each(["Foo", "a#", "#Foo", "a..b#C", "a.b#C$", "a.b#C$d$e", "1a#B", "a#_", "a#B-C", "a b#C"])("rejects %s as absolute", (text) => {
    expect(parseAbsoluteShapeId(text)).toBeUndefined();
  });

  test("parses relative ids and tells syntax apart", () => {
    expect(parseRelativeShapeId("Foo$bar")).toEqual({ name: "Foo", member: "bar" });
    expect(parseRelativeShapeId("a#Foo")).toBeUndefined();
    expect(isShapeIdSyntax("Foo")).toBe(true);
    expect(isShapeIdSyntax("a.b#Foo$c")).toBe(true);
    expect(isShapeIdSyntax("epoch-seconds")).toBe(false);
  });

  test("takes ids apart", () => {
    expect(splitMemberId("a#B$c")).toEqual({ root: "a#B", member: "c" });
    expect(splitMemberId("a#B")).toEqual({ root: "a#B", member: undefined });
    expect(namespaceOf("a.b#C$d")).toBe("a.b");
    expect(nameOf("a.b#C$d")).toBe("C");
  });
});
