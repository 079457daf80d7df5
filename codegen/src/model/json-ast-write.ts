/**
 * Writes a Model as a Smithy JSON AST (spec chapter "JSON AST"). Shapes are written flattened
 * (members and traits from mixins included) and keep their `mixins` list; reading the result
 * back re-applies those mixins, which adds nothing new, so the same Model comes back. A list that
 * was an IDL 1.0 `set` is written as "set" (without the @uniqueItems that `set` implies), as
 * Smithy writes set shapes.
 */
import { isAggregate, isPreludeShape } from "./model-query.js";
import type { MemberShape, Model, Node, Shape, Traits } from "./shape.js";

/** A JSON AST document. */
export interface JsonAst {
  readonly smithy: string;
  readonly metadata?: { readonly [key: string]: Node };
  readonly shapes: { readonly [id: string]: JsonAstShape };
}

/** One entry of the JSON AST `shapes` map. */
export type JsonAstShape = { readonly type: string } & { readonly [property: string]: unknown };

const UNIT = "smithy.api#Unit";
const UNIQUE_ITEMS = "smithy.api#uniqueItems";

/** Converts a model to its JSON AST (prelude shapes left out), ready for `JSON.stringify`. */
export function toJsonAst(model: Model): JsonAst {
  const shapes: Record<string, JsonAstShape> = {};
  for (const shape of model.shapes.values()) {
    if (!isPreludeShape(shape.id)) shapes[shape.id] = shapeJson(shape);
  }
  if (!model.metadata.size) return { smithy: "2.0", shapes };
  return { smithy: "2.0", metadata: Object.fromEntries(model.metadata), shapes };
}

function shapeJson(shape: Shape): JsonAstShape {
  const isSet = shape.type === "list" && shape.set === true;
  const out: Record<string, unknown> = { type: isSet ? "set" : shape.type };
  if (shape.mixins.length) out.mixins = shape.mixins.map(ref);
  if (isAggregate(shape)) {
    if (shape.type === "list") {
      const member = shape.members.get("member");
      if (member) out.member = memberJson(member);
    } else if (shape.type === "map") {
      const key = shape.members.get("key");
      const value = shape.members.get("value");
      if (key) out.key = memberJson(key);
      if (value) out.value = memberJson(value);
    } else if (shape.members.size) {
      out.members = Object.fromEntries([...shape.members.values()].map((m) => [m.name, memberJson(m)]));
    }
  } else if (shape.type === "service") {
    if (shape.version !== undefined) out.version = shape.version;
    refs(out, "operations", shape.operations);
    refs(out, "resources", shape.resources);
    refs(out, "errors", shape.errors);
    if (shape.rename.size) out.rename = Object.fromEntries(shape.rename);
  } else if (shape.type === "resource") {
    if (shape.identifiers.size) out.identifiers = Object.fromEntries([...shape.identifiers].map(([k, v]) => [k, ref(v)]));
    if (shape.properties.size) out.properties = Object.fromEntries([...shape.properties].map(([k, v]) => [k, ref(v)]));
    for (const key of ["create", "put", "read", "update", "delete", "list"] as const) {
      const id = shape[key];
      if (id !== undefined) out[key] = ref(id);
    }
    refs(out, "operations", shape.operations);
    refs(out, "collectionOperations", shape.collectionOperations);
    refs(out, "resources", shape.resources);
  } else if (shape.type === "operation") {
    if (shape.input !== UNIT) out.input = ref(shape.input);
    if (shape.output !== UNIT) out.output = ref(shape.output);
    refs(out, "errors", shape.errors);
  }
  const traits = isSet ? new Map([...shape.traits].filter(([id]) => id !== UNIQUE_ITEMS)) : shape.traits;
  if (traits.size) out.traits = traitsJson(traits);
  return out as JsonAstShape;
}

function memberJson(member: MemberShape): { target: string; traits?: Record<string, Node> } {
  return member.traits.size ? { target: member.target, traits: traitsJson(member.traits) } : { target: member.target };
}

function traitsJson(traits: Traits): Record<string, Node> {
  return Object.fromEntries(traits);
}

function ref(target: string): { target: string } {
  return { target };
}

function refs(out: Record<string, unknown>, key: string, ids: readonly string[]): void {
  if (ids.length) out[key] = ids.map(ref);
}
