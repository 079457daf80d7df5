/** Builds semantic models directly in tests, without the IDL parser or loader. */
import { locOf } from "../../idl/location.js";
import { Source } from "../../idl/source.js";
import type { AggregateShape, MemberShape, Model, Node, OperationShape, ServiceShape, Shape, SimpleShape } from "../../model/shape.js";

/** Trait values keyed by trait id; ids without a namespace are `smithy.api` traits. */
export type TraitInput = Readonly<Record<string, Node>>;

/** A member: its target, or `[target, traits]`. */
export type MemberInput = string | readonly [target: string, traits: TraitInput];

const PRELUDE_SIMPLE: Readonly<Record<string, SimpleShape["type"]>> = {
  String: "string",
  Blob: "blob",
  Boolean: "boolean",
  Byte: "byte",
  Short: "short",
  Integer: "integer",
  Long: "long",
  Float: "float",
  Double: "double",
  BigInteger: "bigInteger",
  BigDecimal: "bigDecimal",
  Timestamp: "timestamp",
  Document: "document",
  PrimitiveBoolean: "boolean",
  PrimitiveInteger: "integer",
  PrimitiveLong: "long",
};

function traitMap(traits: TraitInput = {}): Map<string, Node> {
  return new Map(Object.entries(traits).map(([k, v]) => [k.includes("#") ? k : `smithy.api#${k}`, v]));
}

/** A small fluent builder of a one-namespace model (plus the prelude shapes it needs). */
export class ModelBuilder {
  readonly #shapes = new Map<string, Shape>();
  readonly #source: Source;

  /** Shapes are created in namespace `ns` and attributed to the file `file`. */
  constructor(
    readonly ns = "example.weather",
    file = "model/weather/main.smithy",
  ) {
    this.#source = new Source("", file);
    for (const [name, type] of Object.entries(PRELUDE_SIMPLE)) {
      const id = `smithy.api#${name}`;
      this.#shapes.set(id, { id, type, traits: new Map(), loc: undefined, mixins: [] });
    }
    this.#shapes.set("smithy.api#Unit", {
      id: "smithy.api#Unit",
      type: "structure",
      traits: new Map(),
      loc: undefined,
      mixins: [],
      members: new Map(),
    });
  }

  /** The absolute id of a name: prelude names map to `smithy.api`, others to the builder's namespace. */
  id(name: string): string {
    if (name.includes("#")) return name;
    if (name in PRELUDE_SIMPLE || name === "Unit") return `smithy.api#${name}`;
    return `${this.ns}#${name}`;
  }

  #loc() {
    return locOf(this.#source, 0, 0);
  }

  #members(shapeId: string, members: Readonly<Record<string, MemberInput>>): Map<string, MemberShape> {
    return new Map(
      Object.entries(members).map(([name, m]) => {
        const [target, traits] = typeof m === "string" ? [m, {}] : m;
        return [name, { id: `${shapeId}$${name}`, name, target: this.id(target), traits: traitMap(traits), loc: undefined }];
      }),
    );
  }

  /** Adds a simple shape (string, integer, timestamp, …). */
  simple(name: string, type: SimpleShape["type"], traits: TraitInput = {}): this {
    const id = this.id(name);
    this.#shapes.set(id, { id, type, traits: traitMap(traits), loc: this.#loc(), mixins: [] });
    return this;
  }

  /** Adds a structure, union, list, map, enum or intEnum. */
  aggregate(name: string, type: AggregateShape["type"], members: Readonly<Record<string, MemberInput>>, traits: TraitInput = {}): this {
    const id = this.id(name);
    this.#shapes.set(id, { id, type, traits: traitMap(traits), loc: this.#loc(), mixins: [], members: this.#members(id, members) });
    return this;
  }

  /** Adds a structure. */
  structure(name: string, members: Readonly<Record<string, MemberInput>>, traits: TraitInput = {}): this {
    return this.aggregate(name, "structure", members, traits);
  }

  /** Adds a union. */
  union(name: string, members: Readonly<Record<string, MemberInput>>, traits: TraitInput = {}): this {
    return this.aggregate(name, "union", members, traits);
  }

  /** Adds an enum; `values` maps member names to their values. */
  enum(name: string, values: Readonly<Record<string, string>>, traits: TraitInput = {}): this {
    const members = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, ["Unit", { enumValue: v }] as const]));
    return this.aggregate(name, "enum", members, traits);
  }

  /** Adds an intEnum. */
  intEnum(name: string, values: Readonly<Record<string, number>>, traits: TraitInput = {}): this {
    const members = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, ["Unit", { enumValue: v }] as const]));
    return this.aggregate(name, "intEnum", members, traits);
  }

  /** Adds a list of `member`. */
  list(name: string, member: MemberInput, traits: TraitInput = {}): this {
    return this.aggregate(name, "list", { member }, traits);
  }

  /** Adds a map with string keys (or `key`) and `value` values. */
  map(name: string, value: MemberInput, traits: TraitInput = {}, key: MemberInput = "String"): this {
    return this.aggregate(name, "map", { key, value }, traits);
  }

  /** Adds an operation. */
  operation(name: string, spec: { input?: string; output?: string; errors?: readonly string[] }, traits: TraitInput = {}): this {
    const id = this.id(name);
    const op: OperationShape = {
      id,
      type: "operation",
      traits: traitMap(traits),
      loc: this.#loc(),
      mixins: [],
      input: this.id(spec.input ?? "Unit"),
      output: this.id(spec.output ?? "Unit"),
      errors: (spec.errors ?? []).map((e) => this.id(e)),
    };
    this.#shapes.set(id, op);
    return this;
  }

  /** Adds a service. */
  service(
    name: string,
    spec: {
      version?: string;
      operations?: readonly string[];
      resources?: readonly string[];
      errors?: readonly string[];
      rename?: Readonly<Record<string, string>>;
    },
    traits: TraitInput = {},
  ): this {
    const id = this.id(name);
    const svc: ServiceShape = {
      id,
      type: "service",
      traits: traitMap(traits),
      loc: this.#loc(),
      mixins: [],
      version: spec.version,
      operations: (spec.operations ?? []).map((o) => this.id(o)),
      resources: (spec.resources ?? []).map((r) => this.id(r)),
      errors: (spec.errors ?? []).map((e) => this.id(e)),
      rename: new Map(Object.entries(spec.rename ?? {}).map(([k, v]) => [this.id(k), v])),
    };
    this.#shapes.set(id, svc);
    return this;
  }

  /** Adds a resource with lifecycle and other operations, and child resources. */
  resource(name: string, spec: { read?: string; create?: string; operations?: readonly string[]; resources?: readonly string[] }): this {
    const id = this.id(name);
    const opt = (n: string | undefined) => (n === undefined ? undefined : this.id(n));
    this.#shapes.set(id, {
      id,
      type: "resource",
      traits: new Map(),
      loc: this.#loc(),
      mixins: [],
      identifiers: new Map(),
      properties: new Map(),
      create: opt(spec.create),
      put: undefined,
      read: opt(spec.read),
      update: undefined,
      delete: undefined,
      list: undefined,
      operations: (spec.operations ?? []).map((o) => this.id(o)),
      collectionOperations: [],
      resources: (spec.resources ?? []).map((r) => this.id(r)),
    });
    return this;
  }

  /** The model built so far. */
  build(): Model {
    return { metadata: new Map(), shapes: new Map(this.#shapes) };
  }
}
