/** A small description of an operation's input, enough to enforce the constraints the service documents. */

/** A string member: length in code points, an ECMAScript pattern (searched, not anchored, as Smithy says), an enum. */
export interface StringShape {
  readonly type: "string";
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly enum?: readonly string[];
}

/** A boolean member. */
export interface BooleanShape {
  readonly type: "boolean";
}

/** An integer member with an optional range. */
export interface IntegerShape {
  readonly type: "integer";
  readonly min?: number;
  readonly max?: number;
}

/** A timestamp in a JSON body, which restJson1 and awsJson1_0 send as epoch seconds (a number). */
export interface TimestampShape {
  readonly type: "timestamp";
}

/** A list (dense: null items are rejected). */
export interface ListShape {
  readonly type: "list";
  readonly member: Shape;
  readonly min?: number;
  readonly max?: number;
}

/** A map with string keys. */
export interface MapShape {
  readonly type: "map";
  readonly key: StringShape;
  readonly value: Shape;
  readonly max?: number;
}

/** A structure; members not listed here are ignored, as services ignore unknown members. */
export interface StructureShape {
  readonly type: "structure";
  readonly members: Readonly<Record<string, Member>>;
}

/** Any shape this validator understands. */
export type Shape = StringShape | BooleanShape | IntegerShape | TimestampShape | ListShape | MapShape | StructureShape;

/** A structure member: its shape and whether it is required. */
export interface Member {
  readonly shape: Shape;
  readonly required: boolean;
}

/** A string shape. */
export const str = (c: Omit<StringShape, "type"> = {}): StringShape => ({ type: "string", ...c });
/** A boolean shape. */
export const bool = (): BooleanShape => ({ type: "boolean" });
/** An integer shape. */
export const int = (c: Omit<IntegerShape, "type"> = {}): IntegerShape => ({ type: "integer", ...c });
/** A timestamp shape (epoch seconds on the wire). */
export const timestamp = (): TimestampShape => ({ type: "timestamp" });
/** A list shape. */
export const list = (member: Shape, c: { min?: number; max?: number } = {}): ListShape => ({ type: "list", member, ...c });
/** A map shape. */
export const map = (key: StringShape, value: Shape, c: { max?: number } = {}): MapShape => ({ type: "map", key, value, ...c });

/** Marks a member as required (members are optional unless wrapped). */
export const required = (shape: Shape): Member => ({ shape, required: true });

/** A structure shape; plain shapes are optional members, `required(...)` ones are required. */
export function struct(members: Record<string, Shape | Member>): StructureShape {
  const out: Record<string, Member> = {};
  for (const [name, m] of Object.entries(members)) {
    out[name] = "shape" in m ? m : { shape: m, required: false };
  }
  return { type: "structure", members: out };
}
