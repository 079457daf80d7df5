/**
 * The semantic model: every shape id absolute, mixins flattened, `apply` merged,
 * documentation comments turned into `smithy.api#documentation`. It mirrors the
 * Smithy JSON AST, so that writing and reading JSON AST is a direct mapping.
 */
import type { Loc } from "../idl/location.js";

/** A JSON-compatible node value (trait values, metadata, defaults). */
export type Node = null | boolean | number | string | readonly Node[] | { readonly [key: string]: Node };

/** Trait values keyed by absolute trait shape id (`smithy.api#required` → `{}`). */
export type Traits = Map<string, Node>;

/** Every shape type of Smithy 2.0 (a 1.0 `set` is loaded as `list` with `smithy.api#uniqueItems` and `set: true`). */
export type ShapeType =
  | "blob"
  | "boolean"
  | "document"
  | "string"
  | "byte"
  | "short"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "bigInteger"
  | "bigDecimal"
  | "timestamp"
  | "enum"
  | "intEnum"
  | "list"
  | "map"
  | "structure"
  | "union"
  | "service"
  | "resource"
  | "operation";

/** A member: `id` is `ns#Shape$name`; `target` is an absolute shape id (`smithy.api#Unit` for enum members). */
export interface MemberShape {
  readonly id: string;
  readonly name: string;
  readonly target: string;
  readonly traits: Traits;
  readonly loc: Loc | undefined;
}

/** Properties shared by all shapes. */
interface ShapeBase {
  /** Absolute shape id, `namespace#Name`. */
  readonly id: string;
  readonly traits: Traits;
  /** Where the shape was defined; undefined for shapes loaded from JSON AST or the prelude's built-ins. */
  readonly loc: Loc | undefined;
  /** Mixins the shape was declared with (already flattened into members and traits). */
  readonly mixins: readonly string[];
}

/** Simple shapes: no members. */
export interface SimpleShape extends ShapeBase {
  readonly type: Exclude<ShapeType, "enum" | "intEnum" | "list" | "map" | "structure" | "union" | "service" | "resource" | "operation">;
}

/**
 * Shapes with members, in declaration order: enum / intEnum (each member has an
 * `smithy.api#enumValue`, filled in from the member name when elided), list (`member`),
 * map (`key`, `value`), structure and union.
 */
export interface AggregateShape extends ShapeBase {
  readonly type: "enum" | "intEnum" | "list" | "map" | "structure" | "union";
  readonly members: ReadonlyMap<string, MemberShape>;
  /** True for a list declared as an IDL 1.0 `set`; the JSON AST writer writes it back as "set". */
  readonly set?: true;
}

/** A service shape; ids are absolute. */
export interface ServiceShape extends ShapeBase {
  readonly type: "service";
  readonly version: string | undefined;
  readonly operations: readonly string[];
  readonly resources: readonly string[];
  readonly errors: readonly string[];
  readonly rename: ReadonlyMap<string, string>;
}

/** An operation shape; `input` / `output` default to `smithy.api#Unit`. */
export interface OperationShape extends ShapeBase {
  readonly type: "operation";
  readonly input: string;
  readonly output: string;
  readonly errors: readonly string[];
}

/** A resource shape; ids are absolute. */
export interface ResourceShape extends ShapeBase {
  readonly type: "resource";
  readonly identifiers: ReadonlyMap<string, string>;
  readonly properties: ReadonlyMap<string, string>;
  readonly create: string | undefined;
  readonly put: string | undefined;
  readonly read: string | undefined;
  readonly update: string | undefined;
  readonly delete: string | undefined;
  readonly list: string | undefined;
  readonly operations: readonly string[];
  readonly collectionOperations: readonly string[];
  readonly resources: readonly string[];
}

/** Any shape of the semantic model. */
export type Shape = SimpleShape | AggregateShape | ServiceShape | OperationShape | ResourceShape;

/** A loaded model: metadata and every shape by absolute id, prelude shapes included (`isPrelude` tells them apart). */
export interface Model {
  readonly metadata: ReadonlyMap<string, Node>;
  readonly shapes: ReadonlyMap<string, Shape>;
}
