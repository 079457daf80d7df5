/**
 * The syntax tree of one Smithy IDL file, as written: shape ids are still relative,
 * mixins are not applied, and every node keeps its location.
 */
import type { Loc } from "./location.js";
import type { Source } from "./source.js";

/** A shape id as written in the source (`String`, `smithy.api#String`, `Foo$bar`). */
export interface ShapeIdRef {
  readonly kind: "shapeId";
  readonly text: string;
  readonly loc: Loc;
}

/** An identifier as written (a shape name, member name, or object key). */
export interface Identifier {
  readonly kind: "identifier";
  readonly text: string;
  readonly loc: Loc;
}

/** `null`. */
export interface NullNode {
  readonly kind: "null";
  readonly loc: Loc;
}

/** `true` or `false`. */
export interface BooleanNode {
  readonly kind: "boolean";
  readonly value: boolean;
  readonly loc: Loc;
}

/** A number literal; `raw` is the text as written, `value` its parsed value. */
export interface NumberNode {
  readonly kind: "number";
  readonly value: number;
  readonly raw: string;
  readonly loc: Loc;
}

/**
 * A string: `"quoted"`, a `"""text block"""`, or an unquoted shape id used as a value
 * (`form: "shapeId"`, which the loader resolves to an absolute id where the trait's shape wants one).
 */
export interface StringNode {
  readonly kind: "string";
  readonly value: string;
  readonly form: "quoted" | "textBlock" | "shapeId";
  readonly loc: Loc;
}

/** `[a, b, c]`. */
export interface ArrayNode {
  readonly kind: "array";
  readonly elements: readonly NodeValue[];
  readonly loc: Loc;
}

/** One `key: value` entry of an object; the key may be an identifier or a quoted string. */
export interface ObjectEntry {
  readonly key: string;
  readonly keyLoc: Loc;
  readonly value: NodeValue;
}

/** `{ key: value, ... }`. Duplicate keys are a syntax error. */
export interface ObjectNode {
  readonly kind: "object";
  readonly entries: readonly ObjectEntry[];
  readonly loc: Loc;
}

/** Any node value. */
export type NodeValue = NullNode | BooleanNode | NumberNode | StringNode | ArrayNode | ObjectNode;

/**
 * A trait application `@id`, `@id()`, `@id(value)` or `@id(key: value, ...)`.
 * `value` is undefined for `@id` with no parentheses; `@id()` gives an empty object,
 * and `@id(key: value)` an object node.
 */
export interface TraitApplication {
  readonly kind: "trait";
  readonly id: ShapeIdRef;
  readonly value: NodeValue | undefined;
  readonly loc: Loc;
}

/** The text of `///` documentation comments gathered before a shape, member or inline structure. */
export interface DocComment {
  readonly kind: "docComment";
  /** Lines joined with "\n", each with `///` and at most one following space removed. */
  readonly text: string;
  readonly loc: Loc;
}

/** A member of a structure, union, list, map, enum or intEnum. */
export interface MemberNode {
  readonly kind: "member";
  readonly name: Identifier;
  readonly doc: DocComment | undefined;
  readonly traits: readonly TraitApplication[];
  /** The target as written; undefined for an elided `$name` member (target from mixin or resource) and for enum members. */
  readonly target: ShapeIdRef | undefined;
  /** True for `$name` members. */
  readonly elided: boolean;
  /** `= value`: the default value of a structure member, or the value of an enum / intEnum member. */
  readonly value: NodeValue | undefined;
  readonly loc: Loc;
}

/** The simple shape types. */
export type SimpleShapeType =
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
  | "timestamp";

/** Every shape type keyword of the IDL. */
export type ShapeTypeName =
  | SimpleShapeType
  | "enum"
  | "intEnum"
  | "list"
  | "set"
  | "map"
  | "structure"
  | "union"
  | "service"
  | "resource"
  | "operation";

/** An inline `input := ...` / `output := ...` structure of an operation. */
export interface InlineStructure {
  readonly kind: "inlineStructure";
  readonly doc: DocComment | undefined;
  readonly traits: readonly TraitApplication[];
  readonly forResource: ShapeIdRef | undefined;
  readonly mixins: readonly ShapeIdRef[];
  readonly members: readonly MemberNode[];
  readonly loc: Loc;
}

/** The body of an operation: `input`, `output` and `errors`, each optional. */
export interface OperationBody {
  readonly input: ShapeIdRef | InlineStructure | undefined;
  readonly output: ShapeIdRef | InlineStructure | undefined;
  readonly errors: readonly ShapeIdRef[] | undefined;
  /** Any other keys written in the operation body (an error for the loader to report). */
  readonly extra: readonly ObjectEntry[];
}

/** A shape definition, with the traits and doc comment before it. */
export interface ShapeNode {
  readonly kind: "shape";
  readonly type: ShapeTypeName;
  readonly name: Identifier;
  readonly doc: DocComment | undefined;
  readonly traits: readonly TraitApplication[];
  readonly mixins: readonly ShapeIdRef[];
  /** `for Resource` on a structure, union, list or map (target elision). */
  readonly forResource: ShapeIdRef | undefined;
  /** Members of enum, intEnum, list, set, map, structure and union shapes (empty otherwise). */
  readonly members: readonly MemberNode[];
  /** The node-object body of a service or resource shape. */
  readonly body: ObjectNode | undefined;
  /** The body of an operation shape. */
  readonly operation: OperationBody | undefined;
  readonly loc: Loc;
}

/** `apply Target @trait` or `apply Target { @a @b }`. The target may name a member (`Foo$bar`). */
export interface ApplyNode {
  readonly kind: "apply";
  readonly target: ShapeIdRef;
  readonly traits: readonly TraitApplication[];
  readonly loc: Loc;
}

/** A `$key: value` control statement or a `metadata key = value` statement. */
export interface KeyValueStatement {
  readonly key: string;
  readonly keyLoc: Loc;
  readonly value: NodeValue;
  readonly loc: Loc;
}

/** One parsed IDL file. */
export interface IdlFile {
  readonly kind: "idlFile";
  readonly source: Source;
  /** The `$version` value if given ("2.0", "2", "1.0", ...); the parser checks it is supported. */
  readonly version: string | undefined;
  readonly control: readonly KeyValueStatement[];
  readonly metadata: readonly KeyValueStatement[];
  readonly namespace: Identifier | undefined;
  readonly uses: readonly ShapeIdRef[];
  readonly statements: readonly (ShapeNode | ApplyNode)[];
}
