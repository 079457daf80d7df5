import type { ShapeTypeName, SimpleShapeType } from "./ast.js";

/** The simple shape types of Smithy 2.0 (no members, not a service type). */
export const SIMPLE_SHAPE_TYPES: readonly SimpleShapeType[] = [
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
];

/** Every shape type keyword of the IDL: the simple types, then enums, aggregates and service types. */
export const SHAPE_TYPE_KEYWORDS: readonly ShapeTypeName[] = [
  ...SIMPLE_SHAPE_TYPES,
  "enum",
  "intEnum",
  "list",
  "set",
  "map",
  "structure",
  "union",
  "service",
  "resource",
  "operation",
];
