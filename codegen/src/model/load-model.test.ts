import { describe, expect, test } from "vitest";
import { ModelErrors } from "../idl/located-error.js";
import { loadModel } from "./load-model.js";
import { getShapeOrMember } from "./model-query.js";
import type { AggregateShape, MemberShape, Model, OperationShape, ResourceShape, ServiceShape, Shape } from "./shape.js";

const HEADER = '$version: "2.0"\nnamespace ex\n';

function load(text: string, ...more: { name: string; text: string }[]): Model {
  return loadModel([{ name: "main.smithy", text: HEADER + text }, ...more]);
}

function shape<T extends Shape = Shape>(model: Model, id: string): T {
  const s = model.shapes.get(id);
  if (!s) throw new Error(`no shape ${id}`);
  return s as T;
}

function member(model: Model, id: string): MemberShape {
  const m = getShapeOrMember(model, id);
  if (!m || !("target" in m)) throw new Error(`no member ${id}`);
  return m;
}

function traits(s: Shape | MemberShape): Record<string, unknown> {
  return Object.fromEntries(s.traits);
}

describe("shape id resolution", () => {
  test("relative ids resolve through use, then the namespace, then the prelude", () => {
    const other = { name: "other.smithy", text: '$version: "2.0"\nnamespace other\nstring String\nstring Thing\n' };
    const m = load("use other#Thing\nstructure S { a: Thing, b: String, c: Local, d: smithy.api#Integer }\nstring Local\n", other);
    const s = shape<AggregateShape>(m, "ex#S");
    expect([...s.members.values()].map((x) => x.target)).toEqual(["other#Thing", "smithy.api#String", "ex#Local", "smithy.api#Integer"]);
  });

  test("a shape of the namespace shadows the prelude", () => {
    const m = load("string String\nstructure S { a: String }\n");
    expect(member(m, "ex#S$a").target).toBe("ex#String");
  });

  test("operation, service and resource references resolve to absolute ids", () => {
    const m = load(`
service Svc { version: "1", operations: [Op], resources: [Res], errors: [Err], rename: { "ex#Err": "Renamed" } }
resource Res { identifiers: { id: String }, properties: { p: Integer }, read: Get, operations: [Op] }
operation Op { input: In, output: Out, errors: [Err] }
@readonly
operation Get { input := { @required id: String } }
structure In {}
structure Out {}
@error("client")
structure Err {}
`);
    const svc = shape<ServiceShape>(m, "ex#Svc");
    expect(svc.version).toBe("1");
    expect(svc.operations).toEqual(["ex#Op"]);
    expect(svc.resources).toEqual(["ex#Res"]);
    expect(svc.errors).toEqual(["ex#Err"]);
    expect(svc.rename).toEqual(new Map([["ex#Err", "Renamed"]]));
    const res = shape<ResourceShape>(m, "ex#Res");
    expect(res.identifiers).toEqual(new Map([["id", "smithy.api#String"]]));
    expect(res.properties).toEqual(new Map([["p", "smithy.api#Integer"]]));
    expect(res.read).toBe("ex#Get");
    expect(res.operations).toEqual(["ex#Op"]);
    const op = shape<OperationShape>(m, "ex#Op");
    expect([op.input, op.output, op.errors]).toEqual(["ex#In", "ex#Out", ["ex#Err"]]);
    expect(shape<OperationShape>(m, "ex#Get").output).toBe("smithy.api#Unit");
  });

  test("trait ids and unquoted shape ids in trait values resolve; idRef strings resolve too", () => {
    const m = load(`
@trait
structure refs { @idRef(failWhenMissing: true) quoted: String, plain: String, doc: Document }
@refs(quoted: "Target", plain: Target, doc: { nested: [Target] })
string Target
`);
    expect(traits(shape(m, "ex#Target"))["ex#refs"]).toEqual({ quoted: "ex#Target", plain: "ex#Target", doc: { nested: ["ex#Target"] } });
  });

  test("metadata keeps quoted strings and resolves unquoted shape ids", () => {
    const m = load("string Thing\n", {
      name: "meta.smithy",
      text: '$version: "2.0"\nmetadata a = { String: String, s: "Thing", list: [1, true, null] }\nmetadata b = ["x"]\nnamespace ex2\n',
    });
    expect(m.metadata.get("a")).toEqual({ String: "smithy.api#String", s: "Thing", list: [1, true, null] });
    expect(m.metadata.get("b")).toEqual(["x"]);
  });

  test("metadata arrays from several files concatenate", () => {
    const one = { name: "a.smithy", text: 'metadata suppressions = [{ id: "A" }]\n' };
    const two = { name: "b.smithy", text: 'metadata suppressions = [{ id: "B" }]\n' };
    expect(loadModel([one, two]).metadata.get("suppressions")).toEqual([{ id: "A" }, { id: "B" }]);
  });
});

describe("IDL sugar", () => {
  test("doc comments become smithy.api#documentation on shapes and members", () => {
    const m = load("/// Shape docs.\n///   indented\nstructure S {\n    /// Member docs.\n    a: String\n}\n");
    expect(traits(shape(m, "ex#S"))).toEqual({ "smithy.api#documentation": "Shape docs.\n  indented" });
    expect(traits(member(m, "ex#S$a"))).toEqual({ "smithy.api#documentation": "Member docs." });
  });

  test("an IDL 1.0 set becomes a list with @uniqueItems, marked as a set", () => {
    const m = loadModel([{ name: "old.smithy", text: '$version: "1.0"\nnamespace ex\nset Names { member: String }\n' }]);
    const s = shape<AggregateShape>(m, "ex#Names");
    expect([s.type, s.set]).toEqual(["list", true]);
    expect(traits(s)).toEqual({ "smithy.api#uniqueItems": {} });
    expect(shape<AggregateShape>(load("@uniqueItems\nlist L { member: String }\n"), "ex#L").set).toBeUndefined();
  });

  test("enum members get enumValue from the member name when elided; intEnum values are kept", () => {
    const m = load('enum E { A, B = "bee"\n @enumValue("see") C }\nintEnum I {\n ONE = 1\n TWO = 2\n}\n');
    const e = shape<AggregateShape>(m, "ex#E");
    expect([...e.members.values()].map((x) => [x.target, x.traits.get("smithy.api#enumValue")])).toEqual([
      ["smithy.api#Unit", "A"],
      ["smithy.api#Unit", "bee"],
      ["smithy.api#Unit", "see"],
    ]);
    expect(member(m, "ex#I$TWO").traits.get("smithy.api#enumValue")).toBe(2);
  });

  test("member defaults become @default", () => {
    const m = load('structure S {\n  a: Integer = 5,\n  b: String = "x"\n  c: Boolean = false\n}\n');
    expect(["a", "b", "c"].map((n) => member(m, `ex#S$${n}`).traits.get("smithy.api#default"))).toEqual([5, "x", false]);
  });

  test("annotation traits get an empty object or list value", () => {
    const m = load("@trait\nlist marks { member: String }\n@sensitive\n@marks\nstring S\n");
    expect(traits(shape(m, "ex#S"))).toEqual({ "smithy.api#sensitive": {}, "ex#marks": [] });
  });

  test("inline input and output get generated names and @input / @output", () => {
    const m = load("operation GetThing { input := { id: String }, output := @sensitive { name: String } }\n");
    const op = shape<OperationShape>(m, "ex#GetThing");
    expect([op.input, op.output]).toEqual(["ex#GetThingInput", "ex#GetThingOutput"]);
    expect(traits(shape(m, "ex#GetThingInput"))).toEqual({ "smithy.api#input": {} });
    expect(traits(shape(m, "ex#GetThingOutput"))).toEqual({ "smithy.api#sensitive": {}, "smithy.api#output": {} });
  });

  test("$operationInputSuffix and $operationOutputSuffix rename inline structures", () => {
    const text =
      '$version: "2.0"\n$operationInputSuffix: "Request"\n$operationOutputSuffix: "Response"\nnamespace ex\noperation Op { input := {}, output := {} }\n';
    const op = shape<OperationShape>(loadModel([{ name: "a.smithy", text }]), "ex#Op");
    expect([op.input, op.output]).toEqual(["ex#OpRequest", "ex#OpResponse"]);
  });

  test("elided members take their target from the for resource, then from mixins", () => {
    const m = load(`
resource User { identifiers: { userId: String }, properties: { age: Integer } }
@mixin
structure Named { name: Timestamp }
structure Summary for User with [Named] { $userId, $age, @required $name }
`);
    const s = shape<AggregateShape>(m, "ex#Summary");
    expect([...s.members.values()].map((x) => [x.name, x.target])).toEqual([
      ["name", "smithy.api#Timestamp"],
      ["userId", "smithy.api#String"],
      ["age", "smithy.api#Integer"],
    ]);
    expect(traits(member(m, "ex#Summary$name"))).toEqual({ "smithy.api#required": {} });
  });

  test("an IDL 1.0 file with box traits and sets loads", () => {
    const text =
      '$version: "1.0"\nnamespace old\n@box\ninteger BoxedInt\nset Tags { member: String }\nstructure S { @box count: PrimitiveInteger, tags: Tags }\n';
    const m = loadModel([{ name: "old.smithy", text }]);
    expect(traits(shape(m, "old#BoxedInt"))).toEqual({ "smithy.api#box": {} });
    expect(shape(m, "old#Tags").type).toBe("list");
    expect(member(m, "old#S$count").target).toBe("smithy.api#PrimitiveInteger");
  });
});

describe("mixins", () => {
  test("members come from mixins first, depth-first in order, then local members", () => {
    const m = load(`
@mixin
structure A { a: String }
@mixin
structure B with [A] { b: String }
@mixin
structure C { c: String }
structure D with [B, C] { d: String }
`);
    expect([...shape<AggregateShape>(m, "ex#D").members.keys()]).toEqual(["a", "b", "c", "d"]);
    expect(member(m, "ex#D$a").id).toBe("ex#D$a");
    expect(shape(m, "ex#D").mixins).toEqual(["ex#B", "ex#C"]);
    expect(m.shapes.has("ex#A")).toBe(true);
  });

  test("traits are inherited except @mixin and localTraits; local traits and later mixins win", () => {
    const m = load(`
@trait
string foo
/// A docs
@foo("a")
@tags(["a"])
@mixin
structure A {}
@foo("b")
@private
@mixin(localTraits: [private])
structure B {}
/// D docs
structure D with [A, B] {}
`);
    expect(traits(shape(m, "ex#D"))).toEqual({ "smithy.api#documentation": "D docs", "ex#foo": "b", "smithy.api#tags": ["a"] });
  });

  test("a redefined mixin member keeps the target and adds traits; apply reaches inherited members", () => {
    const m = load(`
@mixin
structure A {
  /// Generic
  @required a: String, b: String
}
structure S with [A] {
  /// Specific
  a: String
}
apply S$b @documentation("applied")
`);
    expect(traits(member(m, "ex#S$a"))).toEqual({ "smithy.api#documentation": "Specific", "smithy.api#required": {} });
    expect(traits(member(m, "ex#S$b"))).toEqual({ "smithy.api#documentation": "applied" });
    expect(traits(member(m, "ex#A$b"))).toEqual({});
  });

  test("service mixins merge operations and rename; operation mixins add errors", () => {
    const m = load(`
@mixin
service Base { version: "1", operations: [A], rename: { "ex#Err": "X" } }
service Svc with [Base] { operations: [B], rename: { "ex#Err": "Y" } }
@mixin
operation Validated { errors: [Err] }
operation A with [Validated] {}
operation B {}
@error("client")
structure Err {}
`);
    const svc = shape<ServiceShape>(m, "ex#Svc");
    expect([svc.version, svc.operations, [...svc.rename]]).toEqual(["1", ["ex#A", "ex#B"], [["ex#Err", "Y"]]]);
    expect(shape<OperationShape>(m, "ex#A").errors).toEqual(["ex#Err"]);
  });
});

describe("apply", () => {
  test("apply adds traits to shapes and members; list traits concatenate; equal values merge", () => {
    const m = load(`
@tags(["a"])
@documentation("same")
structure S { m: String }
apply S @tags(["b"])
apply S { @documentation("same") @sensitive }
apply S$m @required
`);
    expect(traits(shape(m, "ex#S"))).toEqual({
      "smithy.api#tags": ["a", "b"],
      "smithy.api#documentation": "same",
      "smithy.api#sensitive": {},
    });
    expect(traits(member(m, "ex#S$m"))).toEqual({ "smithy.api#required": {} });
  });

  test("apply works across files and namespaces", () => {
    const other = { name: "other.smithy", text: '$version: "2.0"\nnamespace other\nuse ex#S\napply S @documentation("from other")\n' };
    const m = load("string S\n", other);
    expect(traits(shape(m, "ex#S"))).toEqual({ "smithy.api#documentation": "from other" });
  });
});

describe("options and failures", () => {
  test("prelude: false leaves the prelude out", () => {
    const m = loadModel([{ name: "a.smithy", text: `${HEADER}string S\n` }], { prelude: false });
    expect([...m.shapes.keys()]).toEqual(["ex#S"]);
  });

  test("the prelude is included by default", () => {
    const m = loadModel([]);
    expect(m.shapes.get("smithy.api#String")?.type).toBe("string");
    expect(m.shapes.get("smithy.api#PrimitiveInteger")?.traits.get("smithy.api#default")).toBe(0);
  });

  test("syntax errors of several files are reported together with semantic errors", () => {
    const files = [
      { name: "a.smithy", text: `${HEADER}structure S {\n  a: String,,\n  b: =\n}\n` },
      { name: "b.smithy", text: `${HEADER}string T\n@@\n` },
      { name: "c.smithy", text: `${HEADER}structure U { a: Missing }\n` },
    ];
    try {
      loadModel(files);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ModelErrors);
      const names = (e as ModelErrors).errors.map((x) => x.loc?.source.name);
      expect(names).toEqual(["a.smithy", "b.smithy", "c.smithy"]);
    }
  });
});
