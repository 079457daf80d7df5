import { describe, expect, it } from "vitest";
import { parseUriTemplate } from "./uri-template.js";

describe("parseUriTemplate", () => {
  it("splits literals and labels", () => {
    expect(parseUriTemplate("/HttpRequestWithGreedyLabelInPath/foo/{foo}/baz/{baz+}")).toEqual({
      path: ["/HttpRequestWithGreedyLabelInPath/foo/", { name: "foo", greedy: false }, "/baz/", { name: "baz", greedy: true }],
      query: [],
    });
  });

  it("keeps regex-looking literals as they are", () => {
    expect(parseUriTemplate("/ReDosLiteral/{str}/(a+)+").path).toEqual(["/ReDosLiteral/", { name: "str", greedy: false }, "/(a+)+"]);
  });

  it("reads literal query parameters, with and without values", () => {
    expect(parseUriTemplate("/ConstantQueryString/{hello}?foo=bar&hello")).toEqual({
      path: ["/ConstantQueryString/", { name: "hello", greedy: false }],
      query: [
        ["foo", "bar"],
        ["hello", ""],
      ],
    });
    expect(parseUriTemplate("/x?a%20b=c%2Fd&").query).toEqual([["a b", "c/d"]]);
  });
});
