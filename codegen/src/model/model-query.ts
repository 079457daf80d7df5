/** Small read-only helpers over the semantic model, shared by the loader, the JSON AST writer and the emitters. */

import { SIMPLE_SHAPE_TYPES } from "../idl/shape-types.js";
import { PRELUDE_NAMESPACE } from "./prelude.js";
import type { AggregateShape, MemberShape, Model, Node, Shape, ShapeType } from "./shape.js";
import { namespaceOf } from "./shape-id.js";

/** True for shapes (and their members) of the built-in `smithy.api` prelude. */
export function isPreludeShape(id: string): boolean {
  return namespaceOf(id) === PRELUDE_NAMESPACE;
}

/** The shape types that carry members. */
const AGGREGATE_TYPES: ReadonlySet<ShapeType> = new Set(["enum", "intEnum", "list", "map", "structure", "union"]);

/** True for enum, intEnum, list, map, structure and union shapes. */
export function isAggregate(shape: Shape): shape is AggregateShape {
  return AGGREGATE_TYPES.has(shape.type);
}

/** True when a shape type carries members. */
export function isAggregateType(type: ShapeType): type is AggregateShape["type"] {
  return AGGREGATE_TYPES.has(type);
}

/** The simple (member-less, non-service) shape types. */
export const SIMPLE_TYPES: ReadonlySet<ShapeType> = new Set<ShapeType>(SIMPLE_SHAPE_TYPES);

/** Looks up a shape or a member (`ns#Shape$member`) by absolute id. */
export function getShapeOrMember(model: Model, id: string): Shape | MemberShape | undefined {
  const dollar = id.indexOf("$");
  if (dollar < 0) return model.shapes.get(id);
  const container = model.shapes.get(id.slice(0, dollar));
  return container && isAggregate(container) ? container.members.get(id.slice(dollar + 1)) : undefined;
}

/** The value of a trait on a shape or member, or undefined when absent. */
export function getTrait(shape: Shape | MemberShape, traitId: string): Node | undefined {
  return shape.traits.get(traitId);
}

/** True when the shape or member carries the trait. */
export function hasTrait(shape: Shape | MemberShape, traitId: string): boolean {
  return shape.traits.has(traitId);
}

/** The shape a member targets, if it exists in the model. */
export function memberTarget(model: Model, member: MemberShape): Shape | undefined {
  return model.shapes.get(member.target);
}
