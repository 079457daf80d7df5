/**
 * Turns the `params` of a test case (Smithy node values) into the values a TypeScript caller
 * passes or a client returns, walking the model's shapes: timestamps (epoch seconds) become Dates,
 * blobs (text) bytes, "NaN" / "Infinity" floats numbers. It reads the model, not the generated
 * schemas, so a generator mistake cannot hide behind a matching mistake here.
 */
import type { Model, Node, Shape } from "../../../codegen/src/index.js";

const encoder = new TextEncoder();

function shapeOf(model: Model, id: string): Shape {
  const shape = model.shapes.get(id);
  if (!shape) throw new Error(`Unknown shape ${id}`);
  return shape;
}

/** The value of shape `id` for the node `value`. */
export function toRuntimeValue(model: Model, id: string, value: Node): unknown {
  if (value === null) return null;
  const shape = shapeOf(model, id);
  switch (shape.type) {
    case "structure":
    case "union": {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, Node>)) {
        const member = shape.members.get(key);
        if (!member) throw new Error(`${id} has no member ${key}`);
        // A member given as null is a member not set (only sparse lists and maps hold nulls).
        if (item === null) continue;
        out[key] = toRuntimeValue(model, member.target, item);
      }
      return out;
    }
    case "list": {
      const member = shape.members.get("member")!;
      return (value as readonly Node[]).map((item) => toRuntimeValue(model, member.target, item));
    }
    case "map": {
      const member = shape.members.get("value")!;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, Node>)) out[key] = toRuntimeValue(model, member.target, item);
      return out;
    }
    case "timestamp":
      return typeof value === "number" ? new Date(Math.round(value * 1000)) : new Date(String(value));
    case "blob":
      return encoder.encode(String(value));
    case "float":
    case "double":
      return typeof value === "string" ? Number(value) : value;
    default:
      // strings, enums, booleans, integers, documents: the node value is the runtime value.
      return value;
  }
}
