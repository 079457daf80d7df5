import { describe, expect, it } from "vitest";
import type { ApplyNode, InlineStructure, MemberNode, NodeValue, ShapeNode, TraitApplication } from "./ast.js";
import { parseIdl } from "./parse-idl.js";
import { Source } from "./source.js";

/** Parses `text` as a whole file. */
function parse(text: string) {
  return parseIdl(new Source(text, "test.smithy"));
}

/** Drops locations and the source, so trees compare by content. */
function strip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === "loc" || key === "keyLoc" || key === "source" ? undefined : v)));
}

/** Parses `body` after a namespace statement and returns its statements without locations. */
function statements(body: string): (ShapeNode | ApplyNode)[] {
  return strip(parse(`$version: "2"\nnamespace ns\n${body}`).statements) as (ShapeNode | ApplyNode)[];
}

/** Parses `body` (one shape statement) and returns that shape without locations. */
function shape(body: string): ShapeNode {
  const all = statements(body);
  expect(all).toHaveLength(1);
  return all[0] as ShapeNode;
}

/** Parses one node value (as the value of a metadata statement), without locations. */
function nodeValue(text: string): NodeValue {
  const file = parse(`metadata v = ${text}`);
  return strip(file.metadata[0]?.value) as NodeValue;
}

/** Parses the traits of `@...` applied to a string shape, without locations. */
function traits(text: string): TraitApplication[] {
  return shape(`${text}\nstring S`).traits as TraitApplication[];
}

const id = (text: string) => ({ kind: "shapeId", text });
const ident = (text: string) => ({ kind: "identifier", text });
const str = (value: string, form: "quoted" | "textBlock" | "shapeId" = "quoted") => ({ kind: "string", value, form });
const num = (raw: string) => ({ kind: "number", value: Number(raw), raw });
const trait = (name: string, value?: unknown) => ({ kind: "trait", id: id(name), ...(value === undefined ? {} : { value }) });
const member = (name: string, target: string | undefined, extra: Partial<Record<keyof MemberNode, unknown>> = {}) => ({
  kind: "member",
  name: ident(name),
  traits: [],
  ...(target === undefined ? {} : { target: id(target) }),
  elided: false,
  ...extra,
});
const emptyShape = { traits: [], mixins: [], members: [] };

describe("parseIdl: control, metadata, namespace, use", () => {
  it("parses control statements, recording the version", () => {
    const file = parse('$version: "2.0"\n$operationInputSuffix: "In"\n$operationOutputSuffix: "Out"\n$custom: [1, {a: true}]\n');
    expect(file.version).toBe("2.0");
    expect(strip(file.control)).toEqual([
      { key: "version", value: str("2.0") },
      { key: "operationInputSuffix", value: str("In") },
      { key: "operationOutputSuffix", value: str("Out") },
      {
        key: "custom",
        value: {
          kind: "array",
          elements: [num("1"), { kind: "object", entries: [{ key: "a", value: { kind: "boolean", value: true } }] }],
        },
      },
    ]);
    expect(file.namespace).toBeUndefined();
    expect(file.statements).toEqual([]);
  });

  it.each(["1", "1.0", "2", "2.0"])("accepts $version %s", (version) => {
    expect(parse(`$version: "${version}"`).version).toBe(version);
  });

  it("accepts a quoted control key and leaves version undefined without $version", () => {
    const file = parse('$"quoted": 1\nnamespace a');
    expect(file.version).toBeUndefined();
    expect(file.control.map((c) => c.key)).toEqual(["quoted"]);
  });

  it("parses metadata statements with identifier and quoted keys", () => {
    const file = parse('$version: "2"\nmetadata greeting = "hello"\nmetadata "string.List" = ["a", "b"]\nmetadata n = null');
    expect(strip(file.metadata)).toEqual([
      { key: "greeting", value: str("hello") },
      { key: "string.List", value: { kind: "array", elements: [str("a"), str("b")] } },
      { key: "n", value: { kind: "null" } },
    ]);
  });

  it("parses the namespace and use statements", () => {
    const file = parse("namespace smithy.example.deep_1\nuse smithy.api#String\nuse other.ns#Thing\nstring A");
    expect(strip(file.namespace)).toEqual(ident("smithy.example.deep_1"));
    expect(strip(file.uses)).toEqual([id("smithy.api#String"), id("other.ns#Thing")]);
    expect(file.statements).toHaveLength(1);
  });

  it("parses a single-identifier namespace and an empty file", () => {
    expect(parse("namespace foo").namespace?.text).toBe("foo");
    const empty = parse("");
    expect(strip(empty)).toEqual({ kind: "idlFile", control: [], metadata: [], uses: [], statements: [] });
    expect(empty.source.name).toBe("test.smithy");
  });

  it("parses IDL 1.0 files", () => {
    const file = parse(
      '$version: "1.0"\nnamespace a.b\n@http(method: "GET", uri: "/x")\noperation Op {\n  input: OpInput\n  output: OpOutput\n  errors: [E1, E2]\n}\nset S { member: String }\nstructure OpInput {}\nstructure OpOutput {}',
    );
    expect(file.version).toBe("1.0");
    expect(strip(file.statements.map((s) => (s.kind === "shape" ? [s.type, s.name.text] : s.kind)))).toEqual([
      ["operation", "Op"],
      ["set", "S"],
      ["structure", "OpInput"],
      ["structure", "OpOutput"],
    ]);
  });
});

describe("parseIdl: shapes", () => {
  it.each([
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
  ])("parses the simple shape %s", (type) => {
    expect(shape(`${type} My_${type}`)).toEqual({ kind: "shape", type, name: ident(`My_${type}`), ...emptyShape });
  });

  it("parses statements separated by line breaks and comments", () => {
    expect(statements("string A // one\nstring B\n\n  boolean C").map((s) => (s as ShapeNode).name.text)).toEqual(["A", "B", "C"]);
  });

  it("parses mixins on simple shapes, with commas and absolute ids", () => {
    expect(shape("string A with [B, c.d#E\n F]").mixins).toEqual([id("B"), id("c.d#E"), id("F")]);
    expect(shape("timestamp T with [M]")).toMatchObject({ type: "timestamp", mixins: [id("M")] });
  });

  it("parses enum members with explicit and elided values", () => {
    expect(shape('enum Suit {\n  DIAMOND = "diamond"\n  CLUB\n  @deprecated HEART = "h",\n  SPADE\n}')).toEqual({
      kind: "shape",
      type: "enum",
      name: ident("Suit"),
      ...emptyShape,
      members: [
        member("DIAMOND", undefined, { value: str("diamond") }),
        member("CLUB", undefined),
        member("HEART", undefined, { traits: [trait("deprecated")], value: str("h") }),
        member("SPADE", undefined),
      ],
    });
  });

  it("parses intEnum members and mixins on enums", () => {
    expect(shape("intEnum Level with [Base] {\n  LOW = 1\n  HIGH = -2 // comment\n}")).toEqual({
      kind: "shape",
      type: "intEnum",
      name: ident("Level"),
      ...emptyShape,
      mixins: [id("Base")],
      members: [member("LOW", undefined, { value: num("1") }), member("HIGH", undefined, { value: num("-2") })],
    });
    expect(shape("enum E {}").members).toEqual([]);
  });

  it("parses list and set members, explicit and elided", () => {
    expect(shape("list L { @length(min: 1) member: String }").members).toEqual([
      member("member", "String", { traits: [trait("length", { kind: "object", entries: [{ key: "min", value: num("1") }] })] }),
    ]);
    expect(shape("set S { member: smithy.api#String }")).toMatchObject({ type: "set", members: [member("member", "smithy.api#String")] });
    expect(shape("list L with [M] { $member }").members).toEqual([member("member", undefined, { elided: true })]);
    expect(shape("list L with [M] {}")).toMatchObject({ mixins: [id("M")], members: [] });
  });

  it("parses map members, explicit and elided", () => {
    expect(shape("map M {\n  key: String\n  @sensitive\n  value: Integer\n}").members).toEqual([
      member("key", "String"),
      member("value", "Integer", { traits: [trait("sensitive")] }),
    ]);
    expect(shape("map M with [X] { $key, $value }").members).toEqual([
      member("key", undefined, { elided: true }),
      member("value", undefined, { elided: true }),
    ]);
  });

  it("parses structure members with targets, traits, elision and default values", () => {
    const s = shape(
      'structure S {\n  a: String\n  @required\n  @length(max: 2) b: smithy.api#Integer = 1\n  $c\n  d: Foo = "x"\n  e: L = []\n  f: M = {}\n  g: B = false\n  h: D = null\n  i: E = FOO\n}',
    );
    expect(s).toMatchObject({ kind: "shape", type: "structure", name: ident("S"), traits: [], mixins: [] });
    expect(s.members).toEqual([
      member("a", "String"),
      member("b", "smithy.api#Integer", {
        traits: [trait("required"), trait("length", { kind: "object", entries: [{ key: "max", value: num("2") }] })],
        value: num("1"),
      }),
      member("c", undefined, { elided: true }),
      member("d", "Foo", { value: str("x") }),
      member("e", "L", { value: { kind: "array", elements: [] } }),
      member("f", "M", { value: { kind: "object", entries: [] } }),
      member("g", "B", { value: { kind: "boolean", value: false } }),
      member("h", "D", { value: { kind: "null" } }),
      member("i", "E", { value: str("FOO", "shapeId") }),
    ]);
  });

  it("parses an elided member with a default value", () => {
    expect(shape('structure S with [M] { $a = "x"\n}').members).toEqual([member("a", undefined, { elided: true, value: str("x") })]);
  });

  it("parses `for Resource` and mixins on aggregate shapes", () => {
    expect(shape("structure S for R with [A, B] { $id }")).toMatchObject({
      forResource: id("R"),
      mixins: [id("A"), id("B")],
      members: [member("id", undefined, { elided: true })],
    });
    expect(shape("structure S for a.b#R {}")).toMatchObject({ forResource: id("a.b#R"), mixins: [] });
    expect(shape("union U for R { $a }")).toMatchObject({ type: "union", forResource: id("R") });
    expect(shape("list L for R with [M] { $member }")).toMatchObject({ type: "list", forResource: id("R"), mixins: [id("M")] });
    expect(shape("map M for R { $key $value }")).toMatchObject({ type: "map", forResource: id("R") });
  });

  it("parses unions", () => {
    expect(shape('union U { a: String, b: Integer\n @documentation("c") c: Unit }')).toEqual({
      kind: "shape",
      type: "union",
      name: ident("U"),
      ...emptyShape,
      members: [member("a", "String"), member("b", "Integer"), member("c", "Unit", { traits: [trait("documentation", str("c"))] })],
    });
  });

  it("allows keywords as member and shape names", () => {
    expect(
      shape("structure structure { input: String, with: String, for: String, member: String }").members.map((m) => m.name.text),
    ).toEqual(["input", "with", "for", "member"]);
    expect(shape("string apply").name.text).toBe("apply");
  });

  it("parses service and resource bodies as objects", () => {
    expect(shape('service S {\n  version: "2020-01-01"\n  operations: [A, b.c#B]\n  "rename": { "a.b#C": "D" }\n}')).toEqual({
      kind: "shape",
      type: "service",
      name: ident("S"),
      ...emptyShape,
      body: {
        kind: "object",
        entries: [
          { key: "version", value: str("2020-01-01") },
          { key: "operations", value: { kind: "array", elements: [str("A", "shapeId"), str("b.c#B", "shapeId")] } },
          { key: "rename", value: { kind: "object", entries: [{ key: "a.b#C", value: str("D") }] } },
        ],
      },
    });
    expect(shape("resource R with [M] { identifiers: { id: String }, read: Get }")).toEqual({
      kind: "shape",
      type: "resource",
      name: ident("R"),
      ...emptyShape,
      mixins: [id("M")],
      body: {
        kind: "object",
        entries: [
          { key: "identifiers", value: { kind: "object", entries: [{ key: "id", value: str("String", "shapeId") }] } },
          { key: "read", value: str("Get", "shapeId") },
        ],
      },
    });
  });
});

describe("parseIdl: operations", () => {
  it("parses input, output and errors as shape ids", () => {
    expect(shape("operation Op { input: In, output: a.b#Out, errors: [E1, a.b#E2] }")).toEqual({
      kind: "shape",
      type: "operation",
      name: ident("Op"),
      ...emptyShape,
      operation: { input: id("In"), output: id("a.b#Out"), errors: [id("E1"), id("a.b#E2")], extra: [] },
    });
  });

  it("parses an empty operation, any key order, and empty errors", () => {
    expect(shape("operation Op {}").operation).toEqual({ extra: [] });
    expect(shape("operation Op { errors: []\n output: O\n input: I }").operation).toEqual({
      input: id("I"),
      output: id("O"),
      errors: [],
      extra: [],
    });
  });

  it("keeps unknown operation keys in `extra`", () => {
    expect(shape('operation Op { input: I, other: "x", more: [1] }').operation).toEqual({
      input: id("I"),
      extra: [
        { key: "other", value: str("x") },
        { key: "more", value: { kind: "array", elements: [num("1")] } },
      ],
    });
  });

  it("parses inline input and output structures", () => {
    const op = shape(
      "operation Op {\n  input := {\n    a: String\n  }\n  output :=\n    /// Output docs.\n    @sensitive\n    @references([{resource: R}])\n    for R with [M1, M2] {\n      $id\n    }\n  errors: [E]\n}",
    );
    expect(op.operation).toEqual({
      input: { kind: "inlineStructure", traits: [], mixins: [], members: [member("a", "String")] },
      output: {
        kind: "inlineStructure",
        doc: { kind: "docComment", text: "Output docs." },
        traits: [
          trait("sensitive"),
          trait("references", {
            kind: "array",
            elements: [{ kind: "object", entries: [{ key: "resource", value: str("R", "shapeId") }] }],
          }),
        ],
        forResource: id("R"),
        mixins: [id("M1"), id("M2")],
        members: [member("id", undefined, { elided: true })],
      },
      errors: [id("E")],
      extra: [],
    });
  });

  it("parses inline structures with traits on one line and default values", () => {
    const op = shape('operation Op { input := @input @tags(["a"]) with [M] { a: String = "x"\n} }');
    expect(op.operation?.input).toEqual({
      kind: "inlineStructure",
      traits: [trait("input"), trait("tags", { kind: "array", elements: [str("a")] })],
      mixins: [id("M")],
      members: [member("a", "String", { value: str("x") })],
    });
  });

  it("parses operation mixins", () => {
    expect(shape("operation Op with [Base] { input: I }")).toMatchObject({ mixins: [id("Base")], operation: { input: id("I") } });
  });
});

describe("parseIdl: traits", () => {
  it.each<[string, unknown]>([
    ["@sensitive", trait("sensitive")],
    ["@smithy.api#sensitive", trait("smithy.api#sensitive")],
    ["@tags()", trait("tags", { kind: "object", entries: [] })],
    ['@documentation("hi")', trait("documentation", str("hi"))],
    ['@documentation("""\n    hi\n    """)', trait("documentation", str("hi\n", "textBlock"))],
    ["@range(10)", trait("range", num("10"))],
    ["@since(-1.5e3)", trait("since", num("-1.5e3"))],
    ["@x(true)", trait("x", { kind: "boolean", value: true })],
    ["@x(false)", trait("x", { kind: "boolean", value: false })],
    ["@x(null)", trait("x", { kind: "null" })],
    ["@x(Foo)", trait("x", str("Foo", "shapeId"))],
    ["@x(a.b#Foo$bar)", trait("x", str("a.b#Foo$bar", "shapeId"))],
    ['@tags(["a", "b",])', trait("tags", { kind: "array", elements: [str("a"), str("b")] })],
    ["@x({})", trait("x", { kind: "object", entries: [] })],
    ["@x({a: 1})", trait("x", { kind: "object", entries: [{ key: "a", value: num("1") }] })],
    [
      '@length(min: 1, "max": 2)',
      trait("length", {
        kind: "object",
        entries: [
          { key: "min", value: num("1") },
          { key: "max", value: num("2") },
        ],
      }),
    ],
    [
      "@x(\n  a: { b: [1, {c: null}] } // comment\n  d: E\n)",
      trait("x", {
        kind: "object",
        entries: [
          {
            key: "a",
            value: {
              kind: "object",
              entries: [
                {
                  key: "b",
                  value: { kind: "array", elements: [num("1"), { kind: "object", entries: [{ key: "c", value: { kind: "null" } }] }] },
                },
              ],
            },
          },
          { key: "d", value: str("E", "shapeId") },
        ],
      }),
    ],
  ])("parses %s", (text, expected) => {
    expect(traits(text)).toEqual([expected]);
  });

  it("parses several traits on one line and across lines", () => {
    expect(traits('@a @b("x")\n\n@c()').map((t) => t.id.text)).toEqual(["a", "b", "c"]);
  });
});

describe("parseIdl: node values", () => {
  it.each<[string, unknown]>([
    ["0", num("0")],
    ["-7", num("-7")],
    ["42", num("42")],
    ["-1234.5678", num("-1234.5678")],
    ["1e+2", num("1e+2")],
    ["1.0E-10", num("1.0E-10")],
    ["true", { kind: "boolean", value: true }],
    ["false", { kind: "boolean", value: false }],
    ["null", { kind: "null" }],
    ['""', str("")],
    ['"a \\"b\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u0041\\u00e9"', str('a "b" \\ / \b\f\n\r\t Aé')],
    ['"line \\\n  next"', str("line   next")],
    ['"multi\nline"', str("multi\nline")],
    ['"""\n  Hello\n    World\n  """', str("Hello\n  World\n", "textBlock")],
    ["String", str("String", "shapeId")],
    ["smithy.api#String", str("smithy.api#String", "shapeId")],
    ["Foo$bar", str("Foo$bar", "shapeId")],
    ["a.b", str("a.b", "shapeId")],
    ["[]", { kind: "array", elements: [] }],
    [
      "[1, [2, [3]],]",
      { kind: "array", elements: [num("1"), { kind: "array", elements: [num("2"), { kind: "array", elements: [num("3")] }] }] },
    ],
    ["[1 2\n3]", { kind: "array", elements: [num("1"), num("2"), num("3")] }],
    ["{}", { kind: "object", entries: [] }],
    [
      '{ a: 1, "b c": "x", d: { e: [] }, }',
      {
        kind: "object",
        entries: [
          { key: "a", value: num("1") },
          { key: "b c", value: str("x") },
          { key: "d", value: { kind: "object", entries: [{ key: "e", value: { kind: "array", elements: [] } }] } },
        ],
      },
    ],
    ["{ String: String }", { kind: "object", entries: [{ key: "String", value: str("String", "shapeId") }] }],
  ])("parses %j", (text, expected) => {
    expect(nodeValue(text)).toEqual(expected);
  });

  it("keeps the value of large numbers and their raw text", () => {
    expect(nodeValue("12345678901234567890")).toEqual({ kind: "number", value: 1.2345678901234567e19, raw: "12345678901234567890" });
  });
});

describe("parseIdl: apply", () => {
  it("parses the single and block forms, and member targets", () => {
    expect(statements('apply Foo @documentation("x")\napply Foo$bar @required\napply a.b#C {\n  @a\n  @b(1)\n}\napply D {}')).toEqual([
      { kind: "apply", target: id("Foo"), traits: [trait("documentation", str("x"))] },
      { kind: "apply", target: id("Foo$bar"), traits: [trait("required")] },
      { kind: "apply", target: id("a.b#C"), traits: [trait("a"), trait("b", num("1"))] },
      { kind: "apply", target: id("D"), traits: [] },
    ]);
  });

  it("applies only one trait in the single form", () => {
    const all = statements("apply Foo @a\n@b\nstring S");
    expect(all).toEqual([
      { kind: "apply", target: id("Foo"), traits: [trait("a")] },
      { kind: "shape", type: "string", name: ident("S"), ...emptyShape, traits: [trait("b")] },
    ]);
  });
});

describe("parseIdl: documentation comments", () => {
  it("attaches docs to shapes, members and enum members, before traits", () => {
    const all = statements(
      "/// Shape docs\n///   indented\n@sensitive\nstructure S {\n  /// Member a\n  @required\n  a: String\n  b: String\n  /// Elided\n  $c\n}\n/// Enum\nenum E {\n  /// First\n  A\n}",
    );
    const s = all[0] as ShapeNode;
    expect(s.doc).toEqual({ kind: "docComment", text: "Shape docs\n  indented" });
    expect(s.members.map((m) => m.doc?.text)).toEqual(["Member a", undefined, "Elided"]);
    const e = all[1] as ShapeNode;
    expect(e.doc?.text).toBe("Enum");
    expect(e.members[0]?.doc?.text).toBe("First");
  });

  it("ignores docs after traits, at the end of a line, before apply, and at end of file", () => {
    const all = statements("@sensitive\n/// ignored\nstring A\nstring B /// not doc\nstring C\n/// on apply\napply A @a\n/// dangling");
    expect(all.map((s) => (s.kind === "shape" ? s.doc : "apply"))).toEqual([undefined, undefined, undefined, "apply"]);
  });

  it("keeps the loc of a doc comment", () => {
    const file = parse("namespace a\n\n  /// one\n  /// two\nstring S");
    const doc = (file.statements[0] as ShapeNode).doc;
    expect(doc?.loc.start).toEqual({ offset: 15, line: 3, column: 3 });
    expect(doc?.loc.end).toEqual({ offset: 32, line: 4, column: 10 });
  });
});

describe("parseIdl: comments and whitespace", () => {
  it("accepts // comments and commas wherever whitespace (WS) or a line break (BR) is allowed", () => {
    const file = parse(
      [
        '$version: "2" // trailing',
        "// leading",
        "metadata m = [ // in array",
        "  1, // after element",
        "] // after",
        "namespace a.b // ns",
        "use x.y#Z // use",
        "@tags( // in trait",
        '  ["a"] // value',
        ") // end",
        "structure S with [ // mixins",
        "    M, // mixin",
        "  ] // before the body",
        "{ // open",
        '  a: String = "x", // default',
        "} // close",
        ",,,",
        "apply S // target",
        "{ // block",
        "  @a // trait",
        "}",
      ].join("\n"),
    );
    expect(file.metadata[0]?.value).toMatchObject({ kind: "array", elements: [{ raw: "1" }] });
    expect(strip(file.statements)).toEqual([
      {
        kind: "shape",
        type: "structure",
        name: ident("S"),
        traits: [trait("tags", { kind: "array", elements: [str("a")] })],
        mixins: [id("M")],
        members: [member("a", "String", { value: str("x") })],
      },
      { kind: "apply", target: id("S"), traits: [trait("a")] },
    ]);
  });
});

describe("parseIdl: locations", () => {
  const text =
    '$version: "2"\nnamespace ns\n\n/// Doc\n@length(min: 1)\nstructure Foo {\n    @required\n    bar: String = "x"\n}\napply Foo$bar @sensitive\n';
  const file = parse(text);
  const s = file.statements[0] as ShapeNode;
  const at = (loc: { start: { offset: number }; end: { offset: number } }) => text.slice(loc.start.offset, loc.end.offset);

  it("gives every node the span of its text", () => {
    expect(at(file.control[0]!.loc)).toBe('$version: "2"');
    expect(at(file.control[0]!.keyLoc)).toBe("version");
    expect(at(file.namespace!.loc)).toBe("ns");
    expect(at(s.loc)).toBe('@length(min: 1)\nstructure Foo {\n    @required\n    bar: String = "x"\n}');
    expect(at(s.name.loc)).toBe("Foo");
    expect(at(s.traits[0]!.loc)).toBe("@length(min: 1)");
    expect(at(s.traits[0]!.id.loc)).toBe("length");
    expect(at(s.traits[0]!.value!.loc)).toBe("(min: 1)");
    const m = s.members[0]!;
    expect(at(m.loc)).toBe('@required\n    bar: String = "x"');
    expect(at(m.name.loc)).toBe("bar");
    expect(at(m.target!.loc)).toBe("String");
    expect(at(m.value!.loc)).toBe('"x"');
    const apply = file.statements[1] as ApplyNode;
    expect(at(apply.loc)).toBe("apply Foo$bar @sensitive");
    expect(at(apply.target.loc)).toBe("Foo$bar");
  });

  it("records lines and columns, and the source", () => {
    expect(s.name.loc.start).toEqual({ offset: text.indexOf("Foo"), line: 6, column: 11 });
    expect(s.members[0]!.name.loc.start).toMatchObject({ line: 8, column: 5 });
    expect(s.loc.source).toBe(file.source);
  });

  it("locates object entries and inline structures", () => {
    const src = "namespace a\noperation O {\n  input := @t {\n  }\n  x: { k: 1 }\n}";
    const op = parse(src).statements[0] as ShapeNode;
    const inline = op.operation!.input as InlineStructure;
    const slice = (loc: { start: { offset: number }; end: { offset: number } }) => src.slice(loc.start.offset, loc.end.offset);
    expect(slice(inline.loc)).toBe(":= @t {\n  }");
    const extra = op.operation!.extra[0]!;
    expect(slice(extra.keyLoc)).toBe("x");
    expect(slice(extra.value.loc)).toBe("{ k: 1 }");
    if (extra.value.kind !== "object") throw new Error("expected an object");
    expect(slice(extra.value.entries[0]!.keyLoc)).toBe("k");
  });
});
