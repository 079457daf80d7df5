import { describe, expect, it } from "vitest";
import { formatJson } from "./json.js";

describe("formatJson", () => {
  it("expands objects and keeps short scalar arrays on one line", () => {
    expect(formatJson({ a: { b: 1 }, c: ["x", "y"], d: {}, e: [] })).toBe(
      '{\n  "a": {\n    "b": 1\n  },\n  "c": ["x", "y"],\n  "d": {},\n  "e": []\n}\n',
    );
  });

  it("puts every array item on its own line when asked (package.json)", () => {
    expect(formatJson({ files: ["dist"] }, true)).toBe('{\n  "files": [\n    "dist"\n  ]\n}\n');
  });

  it("breaks arrays that do not fit or hold objects", () => {
    const long = Array.from({ length: 30 }, (_, i) => `item-${i}`);
    // "{", "\"a\": [", 30 items, "]", "}" and the final newline.
    expect(formatJson({ a: long }).split("\n")).toHaveLength(35);
    expect(formatJson([{ a: 1 }])).toBe('[\n  {\n    "a": 1\n  }\n]\n');
  });
});
