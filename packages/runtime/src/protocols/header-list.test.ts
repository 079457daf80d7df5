import { describe, expect, it } from "vitest";
import { quoteHeaderItem, splitHeaderList, splitHttpDateList } from "./header-list.js";

describe("quoteHeaderItem", () => {
  it("quotes only items with a comma or a double quote", () => {
    expect(quoteHeaderItem("a")).toBe("a");
    expect(quoteHeaderItem("b,c")).toBe('"b,c"');
    expect(quoteHeaderItem('"def"')).toBe('"\\"def\\""');
    expect(quoteHeaderItem('a\\b"')).toBe('"a\\\\b\\""');
  });
});

describe("splitHeaderList", () => {
  it.each([
    ["a, b, c", ["a", "b", "c"]],
    ["a,b,c", ["a", "b", "c"]],
    ['"b,c", "\\"def\\"", a', ["b,c", '"def"', "a"]],
    ['" padded "', [" padded "]],
    ["1", ["1"]],
    ["", []],
    ["  ", []],
    ['""', [""]],
    ["a, ", ["a", ""]],
  ])("splits %j", (value, items) => {
    expect(splitHeaderList(value)).toEqual(items);
  });

  it("round-trips quoted items", () => {
    const items = ["x", "y,z", 'q"t', "back\\slash"];
    expect(splitHeaderList(items.map(quoteHeaderItem).join(", "))).toEqual(items);
  });
});

describe("splitHttpDateList", () => {
  it("splits on every second comma", () => {
    expect(splitHttpDateList("Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:19 GMT")).toEqual([
      "Mon, 16 Dec 2019 23:48:18 GMT",
      "Mon, 16 Dec 2019 23:48:19 GMT",
    ]);
    expect(splitHttpDateList("")).toEqual([]);
  });
});
