import { describe, expect, it } from "vitest";
import { docCommentLines, escapeCommentText } from "./doc-comment.js";

describe("doc comments", () => {
  it("escapes comment terminators and tag-like words", () => {
    expect(escapeCommentText("a */ b")).toBe("a *\\/ b");
    expect(escapeCommentText("use @example or (@see) but mail a@b.c")).toBe("use \\@example or (\\@see) but mail a@b.c");
  });

  it("prints one short line on one line", () => {
    expect(docCommentLines("The city.", [], "  ")).toEqual(["  /** The city. */"]);
  });

  it("prints paragraphs and tags with a blank line between", () => {
    expect(docCommentLines("First.\n\nSecond */ end.", ["@deprecated Use x.", "@generated from a#B"])).toEqual([
      "/**",
      " * First.",
      " *",
      " * Second *\\/ end.",
      " *",
      " * @deprecated Use x.",
      " * @generated from a#B",
      " */",
    ]);
  });

  it("prints nothing without text or tags", () => {
    expect(docCommentLines(undefined)).toEqual([]);
    expect(docCommentLines("  ")).toEqual([]);
  });
});
