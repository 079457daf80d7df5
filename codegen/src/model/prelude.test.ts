import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { ShapeNode } from "../idl/ast.js";
import { parseIdl } from "../idl/parse-idl.js";
import { Source } from "../idl/source.js";
import { loadModel } from "./load-model.js";
import { isPreludeShape } from "./model-query.js";
import { PRELUDE_NAMESPACE } from "./prelude.js";
import type { AggregateShape } from "./shape.js";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const officialPath = join(
  repoRoot,
  "..",
  "shared",
  "smithy-protocol-tests",
  "smithy-model",
  "src",
  "main",
  "resources",
  "software",
  "amazon",
  "smithy",
  "model",
  "loader",
  "prelude.smithy",
);
const officialText = readFileSync(officialPath, "utf8");

describe("the built-in prelude", () => {
  const ours = loadModel([]);
  const official = parseIdl(new Source(officialText, "prelude.smithy"));
  const officialShapes = official.statements.filter((s): s is ShapeNode => s.kind === "shape");

  test("defines every shape of the official prelude with the same type and member names", () => {
    expect(officialShapes.length).toBeGreaterThan(100);
    for (const s of officialShapes) {
      const id = `${PRELUDE_NAMESPACE}#${s.name.text}`;
      const shape = ours.shapes.get(id);
      expect(shape?.type, id).toBe(s.type === "set" ? "list" : s.type);
      if (shape && "members" in shape) {
        expect([...(shape as AggregateShape).members.keys()].sort(), id).toEqual(s.members.map((m) => m.name.text).sort());
      }
    }
  });

  test("defines no shape the official prelude lacks", () => {
    const official = new Set(officialShapes.map((s) => `${PRELUDE_NAMESPACE}#${s.name.text}`));
    expect([...ours.shapes.keys()].filter((id) => !official.has(id))).toEqual([]);
  });

  test("marks the same shapes as traits", () => {
    const officialTraits = officialShapes.filter((s) => s.traits.some((t) => t.id.text === "trait")).map((s) => s.name.text);
    const ourTraits = [...ours.shapes.values()]
      .filter((s) => s.traits.has("smithy.api#trait"))
      .map((s) => s.id.slice(PRELUDE_NAMESPACE.length + 1));
    expect(ourTraits.sort()).toEqual(officialTraits.sort());
  });

  test("isPreludeShape tells prelude shapes and members apart from others", () => {
    expect(isPreludeShape("smithy.api#String")).toBe(true);
    expect(isPreludeShape("smithy.api#http$method")).toBe(true);
    expect(isPreludeShape("smithy.apix#String")).toBe(false);
    expect(isPreludeShape("ex#String")).toBe(false);
  });
});
