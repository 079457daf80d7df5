import { describe, expect, it } from "vitest";
import { compileContextPath } from "./context-path.js";

const fail = (message: string): never => {
  throw new Error(message);
};
/** Compiles a path and evaluates it on an input (as JavaScript: the parameters' `: any` annotations dropped). */
const run = (path: string, input: unknown): unknown =>
  new Function("i", `return ${compileContextPath(path, "i", fail).code.replace(/: any\)/g, ")")};`)(input);

describe("operationContextParams paths", () => {
  it.each([
    ["a", { a: "x" }, "x"],
    ["a.b", { a: { b: "x" } }, "x"],
    ["a.b", { a: null }, undefined],
    ["a.b", {}, undefined],
    ["keys(m)", { m: { k1: 1, k2: 2 } }, ["k1", "k2"]],
    ["keys(m)", {}, undefined],
    ["items[*].key", { items: [{ key: "a" }, {}, { key: "b" }, null] }, ["a", "b"]],
    ["items[*].key", {}, undefined],
    ["items[*]", { items: ["a", null, "b"] }, ["a", "b"]],
    ["nested.list[*].key", { nested: { list: [{ key: "k" }] } }, ["k"]],
    ["u[*][s, o.key][]", { u: [{ s: "k1" }, { o: { key: "k2" } }] }, ["k1", "k2"]],
    ["u[*][s, o.key]", { u: [{ s: "k1" }] }, [["k1", undefined]]],
    ["l[]", { l: [["a"], "b", ["c", null]] }, ["a", "b", "c"]],
    ["l[*].m[*].n", { l: [{ m: [{ n: 1 }, { n: 2 }] }, { m: [{ n: 3 }] }] }, [[1, 2], [3]]],
  ])("%s of %j is %j", (path, input, expected) => {
    expect(run(path, input)).toEqual(expected);
  });

  it("compiles to plain member access and array methods", () => {
    expect(compileContextPath("TransactItems[*].Get.TableName", "i", fail).code).toBe(
      "i.TransactItems?.map((e: any) => e?.Get?.TableName).filter((e: any) => e != null)",
    );
    expect(compileContextPath("keys(RequestItems)", "i", fail)).toEqual({
      code: "i.RequestItems == null ? undefined : Object.keys(i.RequestItems)",
      conditional: true,
    });
  });

  it.each([["a[0]"], ["a || b"], ["length(a)"], ["a."], ["[a"], ["a]"]])("refuses %j, which is outside the subset", (path) => {
    expect(() => compileContextPath(path, "i", fail)).toThrow(`operationContextParams path ${JSON.stringify(path)}:`);
  });
});
