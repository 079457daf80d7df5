import { describe, expect, it } from "vitest";
import { compareNatural } from "./natural-compare.js";

describe("compareNatural", () => {
  it("sorts names as the formatter's import sorting does", () => {
    // The expected order was produced by the repository's formatter (organize imports).
    const sorted = ["FOO", "FOOb", "Foo", "Foo_", "Foo$", "Foo9", "FooA", "Fooa", "FooB", "FooBar", "foo"];
    expect([...sorted].reverse().sort(compareNatural)).toEqual(sorted);
  });

  it("compares digit runs as numbers", () => {
    expect(["Beta10", "Beta2", "Beta1"].sort(compareNatural)).toEqual(["Beta1", "Beta2", "Beta10"]);
  });

  it("sorts module paths: parent folders first, then letters with upper case first", () => {
    const sorted = [
      "../models/structures.js",
      "../schemas.js",
      "./commands/A.js",
      "./models/errors.js",
      "./ProtonClient.js",
      "./service.js",
    ];
    expect([...sorted].reverse().sort(compareNatural)).toEqual(sorted);
  });
});
