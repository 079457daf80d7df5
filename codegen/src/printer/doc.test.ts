import { describe, expect, it } from "vitest";
import { type Doc, fill, group, hardline, ifBreak, indent, join, line, printDoc, softline } from "./doc.js";

const list = (items: Doc[], broken = false) =>
  group(["[", indent([softline, join([",", line], items)]), ifBreak(","), softline, "]"], broken);

describe("printDoc", () => {
  it("prints a group flat when it fits", () => {
    expect(printDoc(["x = ", list(["a", "b", "c"]), ";"], 20)).toBe("x = [a, b, c];");
  });

  it("breaks a group that does not fit, counting the text after it up to the next line break", () => {
    // "x = [a, b, c]" is 13 columns; with the ";" it needs 14.
    expect(printDoc(["x = ", list(["a", "b", "c"]), ";"], 13)).toBe("x = [\n  a,\n  b,\n  c,\n];");
  });

  it("keeps a forced group broken and breaks the groups around it", () => {
    const doc = list(["1", list(["2"], true)]);
    expect(printDoc(doc, 80)).toBe("[\n  1,\n  [\n    2,\n  ],\n]");
  });

  it("breaks inner groups only when they do not fit on their own line", () => {
    const doc = list(["aaaaaaaa", list(["b", "c"]), list(["dddddddd", "eeeeeeee"])]);
    expect(printDoc(doc, 16)).toBe("[\n  aaaaaaaa,\n  [b, c],\n  [\n    dddddddd,\n    eeeeeeee,\n  ],\n]");
  });

  it("honours hard lines and the start indentation", () => {
    expect(printDoc(["a", indent([hardline, "b"]), hardline, "c"], 80, 2, 0)).toBe("a\n    b\n  c");
  });

  it("fills items onto as few lines as fit", () => {
    const items = ["10", "20", "30", "40", "50"];
    const parts = items.flatMap((n, i) => (i === 0 ? [n] : [[",", line], n]));
    expect(printDoc(["[", indent([softline, fill(parts)]), softline, "]"], 12)).toBe("[\n  10, 20, 30,\n  40, 50\n]");
  });

  it("trims trailing spaces before a line break", () => {
    expect(printDoc(group(["a ", hardline, "b"]), 80)).toBe("a\nb");
  });
});
