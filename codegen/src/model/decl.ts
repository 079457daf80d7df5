/**
 * The loader's intermediate form: what one file (IDL or JSON AST) declares, with shape ids
 * still as written and trait values still as located node trees. Both front ends produce
 * it, so resolution, mixins, `apply` and trait checks are written once.
 */
import type { NodeValue } from "../idl/ast.js";
import type { Loc } from "../idl/location.js";
import type { Source } from "../idl/source.js";
import type { ShapeType } from "./shape.js";

/** A shape id as written, with where it was written. */
export interface Ref {
  readonly text: string;
  readonly loc: Loc;
}

/** One trait application; `value` is undefined for `@name` with no parentheses. */
export interface TraitDecl {
  readonly ref: Ref;
  readonly value: NodeValue | undefined;
  readonly loc: Loc;
  readonly unit: FileUnit;
}

/** A member as declared; `target` is undefined for an elided `$name` member. */
export interface MemberDecl {
  readonly name: string;
  readonly nameLoc: Loc;
  readonly target: Ref | undefined;
  readonly traits: TraitDecl[];
  readonly loc: Loc;
}

/** A named reference (`identifiers` / `properties` of a resource, `rename` of a service). */
export interface NamedRef {
  readonly name: string;
  readonly nameLoc: Loc;
  readonly ref: Ref;
}

/** The body of an operation. */
export interface OperationProps {
  readonly kind: "operation";
  readonly input: Ref | undefined;
  readonly output: Ref | undefined;
  readonly errors: readonly Ref[];
}

/** The body of a service. */
export interface ServiceProps {
  readonly kind: "service";
  readonly version: string | undefined;
  readonly operations: readonly Ref[];
  readonly resources: readonly Ref[];
  readonly errors: readonly Ref[];
  /** `rename` entries: `ref` is the renamed shape, `name` the new name. */
  readonly rename: readonly NamedRef[];
}

/** The single-operation lifecycle properties of a resource. */
export const LIFECYCLE_PROPS = ["create", "put", "read", "update", "delete", "list"] as const;

/** One of the lifecycle property names of a resource. */
export type LifecycleProp = (typeof LIFECYCLE_PROPS)[number];

/** The body of a resource. */
export interface ResourceProps {
  readonly kind: "resource";
  readonly identifiers: readonly NamedRef[];
  readonly properties: readonly NamedRef[];
  readonly lifecycle: Partial<Record<LifecycleProp, Ref>>;
  readonly operations: readonly Ref[];
  readonly collectionOperations: readonly Ref[];
  readonly resources: readonly Ref[];
}

/** The non-member properties of service, resource and operation shapes. */
export type ShapeProps = OperationProps | ServiceProps | ResourceProps;

/** A shape as declared in one file; `id` is already absolute. */
export interface ShapeDecl {
  readonly id: string;
  readonly type: ShapeType;
  /** True for an IDL 1.0 `set` (or a JSON AST "set"): loaded as a list with @uniqueItems, written back as "set". */
  readonly set?: true;
  readonly loc: Loc;
  /** Where the shape's name was written (duplicate-shape errors point here). */
  readonly nameLoc: Loc;
  readonly unit: FileUnit;
  readonly traits: TraitDecl[];
  readonly mixins: readonly Ref[];
  readonly forResource: Ref | undefined;
  readonly members: MemberDecl[];
  readonly props: ShapeProps | undefined;
}

/** `apply Target @trait ...` (IDL) or a JSON AST entry of type `apply`. */
export interface ApplyDecl {
  readonly target: Ref;
  readonly traits: TraitDecl[];
  readonly loc: Loc;
  readonly unit: FileUnit;
}

/** `metadata key = value`. */
export interface MetadataDecl {
  readonly key: string;
  readonly keyLoc: Loc;
  readonly value: NodeValue;
  readonly unit: FileUnit;
}

/** Everything one file declares, plus what relative ids in it resolve against. */
export interface FileUnit {
  readonly source: Source;
  readonly format: "idl" | "json";
  /** The `namespace` of an IDL file (undefined for JSON AST files and empty IDL files). */
  readonly namespace: string | undefined;
  /** The Smithy version the file declares ("1.0", "2.0", ...). */
  readonly version: string;
  /** Names imported with `use`, mapped to their absolute ids. */
  readonly uses: Map<string, Ref>;
  /** True for the built-in prelude. */
  readonly prelude: boolean;
  readonly shapes: ShapeDecl[];
  readonly applies: ApplyDecl[];
  readonly metadata: MetadataDecl[];
}
