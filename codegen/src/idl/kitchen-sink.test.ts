import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ApplyNode, InlineStructure, NodeValue, ShapeNode } from "./ast.js";
import { parseIdl } from "./parse-idl.js";
import { Source } from "./source.js";

const text = readFileSync(new URL("./__fixtures__/kitchen-sink.smithy", import.meta.url), "utf8");
const file = parseIdl(new Source(text, "kitchen-sink.smithy"));
const shapes = file.statements.filter((s): s is ShapeNode => s.kind === "shape");
const applies = file.statements.filter((s): s is ApplyNode => s.kind === "apply");
const byName = (name: string) => shapes.find((s) => s.name.text === name)!;

/** Every node value in the file: metadata, control, trait values, defaults, bodies. */
function allValues(): NodeValue[] {
  const out: NodeValue[] = [];
  const visit = (v: NodeValue | undefined) => {
    if (!v) return;
    out.push(v);
    if (v.kind === "array") v.elements.forEach(visit);
    if (v.kind === "object") for (const e of v.entries) visit(e.value);
  };
  for (const s of [...file.control, ...file.metadata]) visit(s.value);
  const inlines = shapes
    .flatMap((s) => [s.operation?.input, s.operation?.output])
    .filter((x): x is InlineStructure => x?.kind === "inlineStructure");
  for (const holder of [...shapes, ...applies, ...inlines]) for (const t of holder.traits) visit(t.value);
  for (const m of [...shapes, ...inlines].flatMap((s) => s.members)) {
    visit(m.value);
    for (const t of m.traits) visit(t.value);
  }
  for (const s of shapes) visit(s.body);
  return out;
}

describe("the kitchen-sink fixture", () => {
  it("declares version, control statements, metadata, namespace and use", () => {
    expect(file.version).toBe("2.0");
    expect(file.control.map((c) => c.key)).toEqual(["version", "operationInputSuffix", "operationOutputSuffix", "unknownControl"]);
    expect(file.metadata.map((m) => m.key)).toEqual(["suppressions", "quoted.key"]);
    expect(file.namespace?.text).toBe("example.kitchen");
    expect(file.uses.map((u) => u.text)).toEqual(["smithy.api#Unit"]);
  });

  it("defines every shape type", () => {
    const types = new Set(shapes.map((s) => s.type));
    for (const type of [
      "blob",
      "boolean",
      "document",
      "string",
      "byte",
      "short",
      "integer",
      "long",
      "float",
      "double",
      "bigInteger",
      "bigDecimal",
      "timestamp",
      "enum",
      "intEnum",
      "list",
      "map",
      "structure",
      "union",
      "service",
      "resource",
      "operation",
    ]) {
      expect(types, type).toContain(type);
    }
  });

  it("uses mixins, elision, resource binding, defaults and enum values", () => {
    expect(byName("RecipeDetails").mixins.map((m) => m.text)).toEqual(["BaseMixin", "TimestampsMixin"]);
    expect(byName("RecipeId").mixins.map((m) => m.text)).toEqual(["NameMixin"]);
    expect(byName("NameList").members[0]).toMatchObject({ elided: true, target: undefined, doc: { text: "Each name." } });
    expect(byName("PingInput").members[0]).toMatchObject({ elided: true, name: { text: "id" } });
    expect(
      byName("RecipeDetails")
        .members.filter((m) => m.value !== undefined)
        .map((m) => m.name.text),
    ).toEqual(["suit", "level", "flag", "ratio", "names", "counts"]);
    expect(byName("Suit").members.map((m) => m.value?.kind ?? "elided")).toEqual(["string", "string", "elided", "elided"]);
    expect(byName("Level").members.map((m) => m.value?.kind)).toEqual(["number", "number", "number"]);
    expect(byName("Ping").mixins.map((m) => m.text)).toEqual(["OperationMixin"]);
  });

  it("has inline input and output structures with docs, traits, for and with", () => {
    const input = byName("GetRecipe").operation?.input as InlineStructure;
    expect(input.kind).toBe("inlineStructure");
    expect(input.doc?.text).toBe("Input of GetRecipe.");
    expect(input.traits.map((t) => t.id.text)).toEqual(["tags"]);
    expect(input.forResource?.text).toBe("Recipe");
    expect(input.mixins.map((m) => m.text)).toEqual(["TimestampsMixin"]);
    expect(byName("GetRecipe").operation?.output?.kind).toBe("inlineStructure");
    expect(byName("GetRecipe").operation?.errors?.map((e) => e.text)).toEqual(["NotFound"]);
    expect(byName("Ping").operation?.input).toMatchObject({ kind: "shapeId", text: "PingInput" });
  });

  it("uses both apply forms and a member target", () => {
    expect(applies.map((a) => [a.target.text, a.traits.length])).toEqual([
      ["KitchenString", 1],
      ["PingOutput$message", 1],
      ["Level", 2],
    ]);
  });

  it("uses every form of node value and trait body", () => {
    const values = allValues();
    const forms = new Set(values.map((v) => (v.kind === "string" ? `string:${v.form}` : v.kind)));
    expect([...forms].sort()).toEqual([
      "array",
      "boolean",
      "null",
      "number",
      "object",
      "string:quoted",
      "string:shapeId",
      "string:textBlock",
    ]);
    const raws = values.flatMap((v) => (v.kind === "number" ? [v.raw] : []));
    expect(raws).toEqual(expect.arrayContaining(["-2.5", "3e2", "1.0E-3", "-4e+1", "-1.5e1", "1E2"]));
    const traits = shapes.flatMap((s) => s.traits);
    expect(traits.some((t) => t.value === undefined)).toBe(true);
    expect(traits.some((t) => t.value?.kind === "object" && t.value.entries.length > 1)).toBe(true);
    expect(traits.some((t) => t.value?.kind === "string")).toBe(true);
    const escapes = byName("KitchenBlob").traits[0]?.value;
    expect(escapes).toMatchObject({
      kind: "string",
      value: "Escapes: \" \\ / \b \f \n \r \t éA and a line continuation, and 'single' quotes '.",
    });
  });

  it("carries documentation comments on shapes and members", () => {
    expect(byName("Kitchen").doc?.text).toBe("The kitchen service.\n\n  Indented second paragraph.");
    expect(byName("Suit").members[0]?.doc?.text).toBe("Diamonds.");
    expect(byName("BaseMixin").members[0]?.doc?.text).toBe("Common id.");
  });
});
