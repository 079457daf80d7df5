import { describe, expect, it } from "vitest";
import { printDoc } from "./doc.js";
import { code, fromData, type Lit, litDoc, numberLiteral, obj, stringLiteral } from "./literal.js";

const print = (lit: Lit, width = 140) => printDoc(litDoc(lit), width);

describe("literals", () => {
  it("quotes strings with double quotes unless single quotes need fewer escapes", () => {
    expect(stringLiteral("a\nb")).toBe('"a\\nb"');
    expect(stringLiteral('say "hi"')).toBe(`'say "hi"'`);
    expect(stringLiteral(`it's "x"`)).toBe(`'it\\'s "x"'`);
    expect(stringLiteral('"\'"')).toBe(`'"\\'"'`);
    expect(stringLiteral("'\"'")).toBe(`"'\\"'"`);
    expect(stringLiteral('^"[a-z]"$')).toBe(`'^"[a-z]"$'`);
  });

  it("prints numbers as the formatter does", () => {
    expect(numberLiteral(1e21)).toBe("1e21");
    expect(numberLiteral(-2.5)).toBe("-2.5");
    expect(() => numberLiteral(Number.NaN)).toThrow(RangeError);
  });

  it("prints objects flat when they fit, expanded when asked or when they do not fit", () => {
    const o = obj([
      ["k", "string"],
      ["skip", undefined],
      ["n", 1],
    ]);
    expect(print(o)).toBe('{ k: "string", n: 1 }');
    expect(print(obj([["k", "string"]], true))).toBe('{\n  k: "string",\n}');
    expect(print(o, 10)).toBe('{\n  k: "string",\n  n: 1,\n}');
    expect(print(obj([]))).toBe("{}");
  });

  it("quotes keys that are not identifiers", () => {
    expect(
      print(
        obj([
          ["x-legacy", true],
          ["$ok", false],
        ]),
      ),
    ).toBe('{ "x-legacy": true, $ok: false }');
  });

  it("breaks arrays of several multi-key objects one per line", () => {
    const two = obj([
      ["a", 1],
      ["b", 2],
    ]);
    expect(print([two, two])).toBe("[\n  { a: 1, b: 2 },\n  { a: 1, b: 2 },\n]");
    expect(print([obj([["a", 1]]), obj([["a", 2]])])).toBe("[{ a: 1 }, { a: 2 }]");
    expect(print([two])).toBe("[{ a: 1, b: 2 }]");
  });

  it("moves a long string below its key unless the key is short", () => {
    const long = "x".repeat(30);
    expect(print(obj([["pattern", long]], true), 30)).toBe(`{\n  pattern:\n    "${long}",\n}`);
    expect(print(obj([["abcd", long]], true), 30)).toBe(`{\n  abcd: "${long}",\n}`);
  });

  it("prints code and spreads as they are", () => {
    expect(print(obj([{ spread: "init" }, ["target", code("() => Foo$")]]))).toBe("{ ...init, target: () => Foo$ }");
    expect(print([1, code("undefined")])).toBe("[1, undefined]");
  });

  it("converts plain data", () => {
    expect(print(fromData({ a: [1, "b", null], c: { d: true } }))).toBe('{ a: [1, "b", null], c: { d: true } }');
  });
});
