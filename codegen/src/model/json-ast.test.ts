import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { type LocatedError, ModelErrors } from "../idl/located-error.js";
import { toJsonAst } from "./json-ast-write.js";
import { loadModel } from "./load-model.js";

const kitchenSink = readFileSync(fileURLToPath(new URL("../idl/__fixtures__/kitchen-sink.smithy", import.meta.url)), "utf8");

function errorsOf(name: string, text: string): readonly LocatedError[] {
  try {
    loadModel([{ name, text }]);
  } catch (e) {
    if (e instanceof ModelErrors) return e.errors;
    throw e;
  }
  return [];
}

describe("toJsonAst", () => {
  test("writes a small model exactly", () => {
    const model = loadModel([
      {
        name: "small.smithy",
        text: `$version: "2.0"
metadata owner = "team"
namespace ex

/// A service.
service Svc { version: "2024-01-01", operations: [Get] }

@readonly
operation Get {
    input := { @required id: String }
    errors: [Missing]
}

@error("client")
structure Missing { message: String }

@mixin
structure Base { /// The id.
  id: String }

structure Thing with [Base] { count: Integer = 0
}

enum Color { RED, GREEN = "green"
}

list Things { member: Thing }

map Counts { key: String, value: Integer }
`,
      },
    ]);
    expect(toJsonAst(model)).toEqual({
      smithy: "2.0",
      metadata: { owner: "team" },
      shapes: {
        "ex#Svc": {
          type: "service",
          version: "2024-01-01",
          operations: [{ target: "ex#Get" }],
          traits: { "smithy.api#documentation": "A service." },
        },
        "ex#GetInput": {
          type: "structure",
          members: { id: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } },
          traits: { "smithy.api#input": {} },
        },
        "ex#Get": {
          type: "operation",
          input: { target: "ex#GetInput" },
          errors: [{ target: "ex#Missing" }],
          traits: { "smithy.api#readonly": {} },
        },
        "ex#Missing": {
          type: "structure",
          members: { message: { target: "smithy.api#String" } },
          traits: { "smithy.api#error": "client" },
        },
        "ex#Base": {
          type: "structure",
          members: { id: { target: "smithy.api#String" } },
          traits: { "smithy.api#mixin": {} },
        },
        "ex#Thing": {
          type: "structure",
          mixins: [{ target: "ex#Base" }],
          members: {
            id: { target: "smithy.api#String" },
            count: { target: "smithy.api#Integer", traits: { "smithy.api#default": 0 } },
          },
        },
        "ex#Color": {
          type: "enum",
          members: {
            RED: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "RED" } },
            GREEN: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "green" } },
          },
        },
        "ex#Things": { type: "list", member: { target: "ex#Thing" } },
        "ex#Counts": { type: "map", key: { target: "smithy.api#String" }, value: { target: "smithy.api#Integer" } },
      },
    });
  });

  test("the kitchen sink round-trips: IDL → Model → JSON AST → Model → JSON AST is identical", () => {
    const first = toJsonAst(loadModel([{ name: "kitchen-sink.smithy", text: kitchenSink }]));
    const text = JSON.stringify(first, null, 2);
    const second = toJsonAst(loadModel([{ name: "kitchen-sink.json", text }]));
    expect(JSON.stringify(second, null, 2)).toBe(text);
    // Spot checks that the flattening and desugaring went into the JSON.
    const shapes = first.shapes as Record<string, { members?: Record<string, unknown>; traits?: Record<string, unknown> }>;
    expect(Object.keys(shapes["example.kitchen#RecipeDetails"]?.members ?? {}).slice(0, 3)).toEqual(["id", "createdAt", "recipeId"]);
    expect(shapes["example.kitchen#GetRecipeRequest"]?.traits).toEqual({
      "smithy.api#documentation": "Input of GetRecipe.",
      "smithy.api#tags": ["inline"],
      "smithy.api#input": {},
    });
    expect(shapes["example.kitchen#IdSet"]?.traits).toEqual({ "smithy.api#uniqueItems": {} });
    expect(first.metadata?.["quoted.key"]).toMatchObject({ service: "example.kitchen#Kitchen" });
  });
});

describe("reading JSON AST", () => {
  test("apply entries and set shapes are read", () => {
    const text = JSON.stringify({
      smithy: "2.0",
      shapes: {
        "ex#S": { type: "structure", members: { a: { target: "smithy.api#String" } } },
        "ex#S$a": { type: "apply", traits: { "smithy.api#required": {} } },
        "ex#Tags": { type: "set", member: { target: "smithy.api#String" } },
      },
    });
    const model = loadModel([{ name: "m.json", text }]);
    const s = model.shapes.get("ex#S");
    expect(s && "members" in s ? Object.fromEntries(s.members.get("a")?.traits ?? []) : undefined).toEqual({ "smithy.api#required": {} });
    expect(model.shapes.get("ex#Tags")?.type).toBe("list");
    expect(model.shapes.get("ex#S")?.loc).toBeUndefined();
  });

  test.each([
    [
      '{"smithy": "2.0", "shapes": {"ex#S": {"type": "structure", "members": {"a": {"target": "String"}}}}}',
      'Shape id "String" must be absolute in a JSON AST model.',
      1,
      88,
    ],
    ['{"smithy": "2.0", "shapes": {"ex#S": {"type": "strin"}}}', 'Unknown shape type "strin".', 1, 47],
    [
      '{"smithy": "2.0", "shapes": {"ex#S": {"type": "string", "member": {}}}}',
      'Unknown property "member" for a string shape; expected one of type, traits, mixins.',
      1,
      57,
    ],
    [
      '{"smithy": "2.0", "shapes": {"ex#S": {"type": "string", "traits": {"smithy.api#documentation": 1}}}}',
      'Expected a string for trait "smithy.api#documentation", found 1.',
      1,
      96,
    ],
    ['{"smithy": "3.0", "shapes": {}}', 'Unsupported Smithy version "3.0"; expected "1.0" or "2.0".', 1, 12],
    ['{"shapes": {}}', 'A JSON AST model needs a "smithy" version property.', 1, 1],
    [
      '{"smithy": "2.0", "shapes": {"S": {"type": "string"}}}',
      'Expected an absolute shape id without a member as a shape key, found "S".',
      1,
      30,
    ],
    ['{"smithy": "2.0",\n "shapes": {"ex#S": {"type": "string",}}}', 'Expected a string key, found "}".', 2, 39],
  ])("%s", (text, message, line, column) => {
    const errors = errorsOf("m.json", text);
    expect(errors.map((e) => [e.description, e.loc?.source.name, e.line, e.column])).toEqual([[message, "m.json", line, column]]);
  });
});

describe("IDL 1.0 set shapes in JSON AST", () => {
  test("are written back as set, without the @uniqueItems they imply, and read back as the same list", () => {
    const model = loadModel([
      { name: "old.smithy", text: '$version: "1.0"\nnamespace ex\n@length(min: 1)\nset Tags { member: String }\n' },
    ]);
    const ast = toJsonAst(model);
    expect(ast.shapes["ex#Tags"]).toEqual({
      type: "set",
      member: { target: "smithy.api#String" },
      traits: { "smithy.api#length": { min: 1 } },
    });
    const again = loadModel([{ name: "again.json", text: JSON.stringify({ ...ast, smithy: "1.0" }) }]).shapes.get("ex#Tags");
    expect(again && "members" in again ? [again.type, again.set, Object.fromEntries(again.traits)] : undefined).toEqual([
      "list",
      true,
      { "smithy.api#length": { min: 1 }, "smithy.api#uniqueItems": {} },
    ]);
  });
});
