import { describe, expect, it } from "vitest";
import { orderSchemas } from "./schema-order.js";

const order = (edges: Record<string, string[]>) => orderSchemas(new Map(Object.entries(edges)), (id) => id);

describe("orderSchemas", () => {
  it("places every node after the nodes it refers to, ties by name", () => {
    const o = order({ C: [], A: ["C"], B: [], D: ["A", "B"] });
    expect(o.order).toEqual(["B", "C", "A", "D"]);
    expect(o.needsThunk("A", "C")).toBe(false);
    expect(o.needsThunk("D", "A")).toBe(false);
  });

  it("needs a thunk only for references inside a cycle that point forward", () => {
    const o = order({ List: ["Node"], Node: ["List", "Leaf"], Leaf: [], Root: ["Node"] });
    expect(o.order).toEqual(["Leaf", "List", "Node", "Root"]);
    expect(o.needsThunk("List", "Node")).toBe(true);
    expect(o.needsThunk("Node", "List")).toBe(false);
    expect(o.needsThunk("Node", "Leaf")).toBe(false);
    expect(o.needsThunk("Root", "Node")).toBe(false);
  });

  it("makes a self reference a thunk", () => {
    const o = order({ Tree: ["Tree"] });
    expect(o.order).toEqual(["Tree"]);
    expect(o.needsThunk("Tree", "Tree")).toBe(true);
  });

  it("ignores references to unknown nodes and is deterministic", () => {
    const edges = { B: ["A", "zzz"], A: ["B"], C: [] };
    expect(order(edges).order).toEqual(order({ C: [], A: ["B"], B: ["zzz", "A"] }).order);
  });

  it("handles long chains without deep recursion", () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 20000; i++) edges[`N${i}`] = i === 0 ? [] : [`N${i - 1}`];
    const o = orderSchemas(new Map(Object.entries(edges)), (id) => id);
    expect(o.order[0]).toBe("N0");
    expect(o.order[19999]).toBe("N19999");
  });
});
