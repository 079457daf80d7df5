/**
 * A small valid input for an operation, for response tests where the input does not matter but must
 * pass the client's own checks: every `@required`, `@httpLabel` and `@hostLabel` member gets a value.
 */
import type { Model, Shape } from "../../../codegen/src/index.js";

const LABELS = ["smithy.api#required", "smithy.api#httpLabel", "smithy.api#hostLabel"];

/** A value of shape `id` that any constraint-free check accepts. */
export function sampleInput(model: Model, id: string, depth = 0): unknown {
  const shape = model.shapes.get(id) as Shape;
  switch (shape.type) {
    case "structure": {
      const out: Record<string, unknown> = {};
      for (const m of shape.members.values()) {
        if (depth < 8 && LABELS.some((t) => m.traits.has(t))) out[m.name] = sampleInput(model, m.target, depth + 1);
      }
      return out;
    }
    case "union": {
      const first = [...shape.members.values()][0]!;
      return { [first.name]: sampleInput(model, first.target, depth + 1) };
    }
    case "enum":
    case "intEnum":
      return [...shape.members.values()][0]!.traits.get("smithy.api#enumValue");
    case "list":
      return [];
    case "map":
      return {};
    case "timestamp":
      return new Date(0);
    case "blob":
      return new Uint8Array(0);
    case "boolean":
      return false;
    case "string":
      return "a";
    case "document":
      return {};
    default:
      return 1;
  }
}
