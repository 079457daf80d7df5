import { describe, expect, it } from "vitest";
import { SmithySyntaxError } from "./located-error.js";
import { parseIdl } from "./parse-idl.js";
import { Source } from "./source.js";

/** Parses `text` and returns the syntax error it must raise. */
function syntaxError(text: string): SmithySyntaxError {
  try {
    parseIdl(new Source(text, "test.smithy"));
  } catch (e) {
    if (e instanceof SmithySyntaxError) return e;
    throw e;
  }
  throw new Error(`expected a syntax error for ${JSON.stringify(text)}`);
}

/** Asserts that parsing `text` fails with exactly `message` at `line`:`column`. */
function expectSyntaxError(text: string, message: string, line: number, column: number): void {
  const error = syntaxError(text);
  expect({ message: error.description, line: error.line, column: error.column }).toEqual({ message, line, column });
  expect(error.message).toBe(`test.smithy:${line}:${column}: ${message}`);
}

const NS = "namespace a\n";

describe("parseIdl syntax errors", () => {
  it.each<[string, string, number, number]>([
    // Control section
    ['$version: "3.0"', 'Unsupported IDL version "3.0".', 1, 11],
    ['$version: "2.1"', 'Unsupported IDL version "2.1".', 1, 11],
    ["$version: 2", "Expected version string, found number 2.", 1, 11],
    ['$version: "2"\n$version: "2"', 'Duplicate control statement "$version".', 2, 2],
    ['$version "2"', 'Expected ":", found string "2".', 1, 10],
    ["$: 1", 'Expected control statement key, found ":".', 1, 2],
    ['$version: "2"\nmetadata a = 1\n$foo: 1', 'Expected "namespace", found "$".', 3, 1],
    // Metadata
    ["metadata foo: 1", 'Expected "=", found ":".', 1, 13],
    ["metadata = 1", 'Expected metadata key, found "=".', 1, 10],
    ["metadata x =", "Expected node value, found end of file.", 1, 13],
    [`${NS}metadata x = 1`, 'Expected shape or apply statement, found identifier "metadata".', 2, 1],
    // Namespace and use
    ["namespace", "Expected namespace, found end of file.", 1, 10],
    ["namespace a.b#C", 'Expected namespace, found shape id "a.b#C".', 1, 11],
    ["string Foo", 'Expected "namespace", found identifier "string".', 1, 1],
    [`${NS}namespace b`, 'Expected shape or apply statement, found identifier "namespace".', 2, 1],
    [`${NS}use Foo`, 'Expected absolute shape id, found identifier "Foo".', 2, 5],
    [`${NS}use a.b#C$d`, 'Expected absolute shape id, found shape id "a.b#C$d".', 2, 5],
    [`${NS}string S\nuse a.b#C`, 'Expected shape or apply statement, found identifier "use".', 3, 1],
    // Shape statements
    [`${NS}strcture Foo {}`, 'Expected shape or apply statement, found identifier "strcture".', 2, 1],
    [`${NS}@foo\napply X @bar`, 'Expected shape type, found identifier "apply".', 3, 1],
    [`${NS}structure {}`, 'Expected shape name, found "{".', 2, 11],
    [`${NS}structure a.b {}`, 'Expected shape name, found shape id "a.b".', 2, 11],
    [`${NS}structure Foo`, 'Expected "{", found end of file.', 2, 14],
    [`${NS}integer I = 1`, 'Expected a line break after a shape statement, found "=".', 2, 11],
    [`${NS}resource R [ ]`, 'Expected "{", found "[".', 2, 12],
    [`${NS}string S\n%`, 'Unexpected character "%".', 3, 1],
    // Mixins and for
    [`${NS}string S with A`, 'Expected "[", found identifier "A".', 2, 15],
    [`${NS}string S with []`, 'Expected mixin shape id, found "]".', 2, 16],
    [`${NS}string S with [A, "B"]`, 'Expected mixin shape id or "]", found string "B".', 2, 19],
    [`${NS}structure S for {}`, 'Expected resource shape id, found "{".', 2, 17],
    [`${NS}string S for R`, 'Expected a line break after a shape statement, found identifier "for".', 2, 10],
    // Members
    [`${NS}structure Foo {\n  bar String\n}`, 'Expected ":", found identifier "String".', 3, 7],
    [`${NS}structure Foo {\n  bar: String,,\n  baz:\n}`, "Expected target shape id on the same line, found line break.", 4, 7],
    [`${NS}structure Foo {\n  @required\n}`, 'Expected member name, found "}".', 4, 1],
    [`${NS}structure Foo {\n  a: String\n  a: Integer\n}`, 'Duplicate member "a".', 4, 3],
    [`${NS}structure Foo {\n  a: String\n`, 'Expected member name or "}", found end of file.', 4, 1],
    [`${NS}structure S { $ }`, 'Expected member name right after "$", found whitespace.', 2, 16],
    [`${NS}structure S { $}`, 'Expected member name, found "}".', 2, 16],
    [`${NS}structure S { "a": String }`, 'Expected member name or "}", found string "a".', 2, 15],
    [`${NS}list L {\n  members: String\n}`, 'Expected "member", found identifier "members".', 3, 3],
    [`${NS}list L { $value }`, 'Expected "member", found identifier "value".', 2, 11],
    [`${NS}map M { key: String, val: String }`, 'Expected "key" or "value", found identifier "val".', 2, 22],
    [`${NS}union U { a: String = "x" }`, 'Expected member name or "}", found "=".', 2, 21],
    [`${NS}enum E { A: String }`, 'Expected member name or "}", found ":".', 2, 11],
    [`${NS}enum E { A = }`, 'Expected node value, found "}".', 2, 14],
    [`${NS}enum E { A = "a"\n A = "b"\n}`, 'Duplicate member "A".', 3, 2],
    // Operations
    [`${NS}operation O { input: {} }`, 'Expected shape id, found "{".', 2, 22],
    [`${NS}operation O { input = Foo }`, 'Expected ":" or ":=", found "=".', 2, 21],
    [`${NS}operation O { errors: E }`, 'Expected "[", found identifier "E".', 2, 23],
    [`${NS}operation O { errors: ["E"] }`, 'Expected error shape id or "]", found string "E".', 2, 24],
    [`${NS}operation O { input: A\n input: B }`, 'Duplicate object key "input".', 3, 2],
    [`${NS}operation O { output := { a: String }`, 'Expected operation property or "}", found end of file.', 2, 38],
    [`${NS}operation O { output := @t }`, 'Expected "{", found "}".', 2, 28],
    [`${NS}operation O { 1: 2 }`, 'Expected operation property or "}", found number 1.', 2, 15],
    // Service and resource bodies
    [`${NS}service S { version: "1" version: "2" }`, 'Duplicate object key "version".', 2, 26],
    [`${NS}service S { a: 1, }}`, 'Expected a line break after a shape statement, found "}".', 2, 20],
    // Traits
    [`${NS}@length(min: 1, min: 2)\nstring S`, 'Duplicate object key "min".', 2, 17],
    [`${NS}@length(min 1)\nstring S`, 'Expected ")", found number 1.', 2, 13],
    [`${NS}@doc("x"\nstring S`, 'Expected ")", found identifier "string".', 3, 1],
    [`${NS}@length (min: 1)\nstring S`, 'Expected shape type, found "(".', 2, 9],
    [`${NS}@123 string S`, "Expected trait shape id, found number 123.", 2, 2],
    [`${NS}@tags(["a" "b"\nstring S`, 'Expected node value or "]", found end of file.', 3, 9],
    [`${NS}@x(a: 1 b)\nstring S`, 'Expected ":", found ")".', 2, 10],
    // Apply
    [`${NS}apply Foo`, 'Expected "@" or "{", found end of file.', 2, 10],
    [`${NS}apply Foo { @a string S`, 'Expected "@" or "}", found identifier "string".', 2, 16],
    [`${NS}apply @foo`, 'Expected shape id, found "@".', 2, 7],
    // Line breaks and whitespace (Smithy IDL ABNF: SP = spaces or tabs only, BR = a line break
    // or comment, WS = any whitespace; end of input also ends a statement).
    ['$version\n: "2.0"', 'Expected ":" on the same line, found line break.', 1, 9],
    ['$version:\n"2.0"', "Expected node value on the same line, found line break.", 1, 10],
    ['$version: // c\n"2.0"', "Expected node value on the same line, found comment.", 1, 11],
    ['$ version: "2.0"', 'Expected control statement key right after "$", found whitespace.', 1, 2],
    ['$version: "2.0" $xyz: "100"', 'Expected a line break after a control statement, found "$".', 1, 17],
    ['$version: "2.0",\nnamespace a', 'Expected a line break after a control statement, found ",".', 1, 16],
    ["metadata\nx = 1", "Expected metadata key on the same line, found line break.", 1, 9],
    ['metadata"x" = 1', 'Expected a space before metadata key, found string "x".', 1, 9],
    ["metadata x\n= 1", 'Expected "=" on the same line, found line break.', 1, 11],
    ["metadata x =\n1", "Expected node value on the same line, found line break.", 1, 13],
    ["metadata x = 1 metadata y = 2", 'Expected a line break after a metadata statement, found identifier "metadata".', 1, 16],
    ["namespace\na", "Expected namespace on the same line, found line break.", 1, 10],
    ["namespace a string S", 'Expected a line break after the namespace statement, found identifier "string".', 1, 13],
    ["namespace a,\nstring S", 'Expected a line break after the namespace statement, found ",".', 1, 12],
    [`${NS}use\na#B`, "Expected absolute shape id on the same line, found line break.", 2, 4],
    [`${NS}use a#B string S`, 'Expected a line break after a use statement, found identifier "string".', 2, 9],
    [`${NS}structure\nFoo {}`, "Expected shape name on the same line, found line break.", 2, 10],
    [`${NS}string S string T`, 'Expected a line break after a shape statement, found identifier "string".', 2, 10],
    [`${NS}structure A {} structure B {}`, 'Expected a line break after a shape statement, found identifier "structure".', 2, 16],
    [`${NS}string S, \nstring T`, 'Expected a line break after a shape statement, found ",".', 2, 9],
    [`${NS}string S @sensitive\nstring T`, 'Expected a line break after a shape statement, found "@".', 2, 10],
    [`${NS}string S\nwith [M]`, '"with" must be on the same line as the shape name.', 3, 1],
    [`${NS}structure S\n  with [M] {}`, '"with" must be on the same line as the shape name.', 3, 3],
    [`${NS}structure S for R\nwith [M] {}`, '"with" must be on the same line as the shape name.', 3, 1],
    [`${NS}structure S\nfor R {}`, '"for" must be on the same line as the shape name.', 3, 1],
    [`${NS}structure S for\nR {}`, "Expected resource shape id on the same line, found line break.", 2, 16],
    [`${NS}structure S with [M] for R {}`, 'Expected "{", found identifier "for".', 2, 22],
    [`${NS}structure S {\n  a\n  : String\n}`, 'Expected ":" on the same line, found line break.', 3, 4],
    [`${NS}structure S {\n  a:\n  String\n}`, "Expected target shape id on the same line, found line break.", 3, 5],
    [`${NS}structure S { a, : String }`, 'Expected ":" on the same line, found ",".', 2, 16],
    [`${NS}list L {\n  member\n  : String\n}`, 'Expected ":" on the same line, found line break.', 3, 9],
    [`${NS}map M { key: String value\n: String }`, 'Expected ":" on the same line, found line break.', 2, 26],
    [`${NS}structure S {\n  a: String\n  = "x"\n}`, 'Expected "=" on the same line, found line break.', 3, 12],
    [`${NS}structure S {\n  a: String =\n  "x"\n}`, "Expected node value on the same line, found line break.", 3, 14],
    [`${NS}structure S { a: String = "x" }`, 'Expected a line break after a value assignment, found "}".', 2, 31],
    [`${NS}structure S {\n  a: String = "x" b: String\n}`, 'Expected a line break after a value assignment, found identifier "b".', 3, 19],
    [`${NS}structure S {\n  a: String = "x",,\n}`, 'Expected a line break after a value assignment, found ",".', 3, 19],
    [`${NS}enum E { A = "a", B = "b" }`, 'Expected a line break after a value assignment, found identifier "B".', 2, 19],
    [`${NS}intEnum I {\n  A = 1 B = 2\n}`, 'Expected a line break after a value assignment, found identifier "B".', 3, 9],
    [`${NS}@ required\nstring S`, 'Expected trait shape id right after "@", found whitespace.', 2, 2],
    [`${NS}apply\nS @sensitive`, "Expected shape id on the same line, found line break.", 2, 6],
    [`${NS}apply S@sensitive`, 'Expected whitespace before "@".', 2, 8],
    [`${NS}apply S{ @sensitive }`, 'Expected whitespace before "{".', 2, 8],
    [`${NS}apply S @sensitive apply T @sensitive`, 'Expected a line break after an apply statement, found identifier "apply".', 2, 20],
    ['metadata x = {a: 1"b": 2}', 'Expected whitespace between object entries, found string "b".', 1, 19],
    ["metadata x = {a: []b: 2}", 'Expected whitespace between object entries, found identifier "b".', 1, 20],
    // Node values
    ["metadata x = { a: 1, a: 2 }", 'Duplicate object key "a".', 1, 22],
    ["metadata x = { a 1 }", 'Expected ":", found number 1.', 1, 18],
    ["metadata x = { 1: 2 }", 'Expected object key or "}", found number 1.', 1, 16],
    ["metadata x = { a.b: 1 }", 'Expected object key or "}", found shape id "a.b".', 1, 16],
    ['metadata x = { """\n  k\n  """: 1 }', 'Expected object key or "}", found text block.', 1, 16],
    ["metadata x = [1, 2", 'Expected node value or "]", found end of file.', 1, 19],
    ["metadata x = ]", 'Expected node value, found "]".', 1, 14],
    ["metadata x = @", 'Expected node value, found "@".', 1, 14],
    // Lexical errors surface with their own messages
    ['metadata x = """abc"""', 'Expected line break after """, found "a".', 1, 17],
    ['metadata x = "abc', "Unterminated string.", 1, 18],
    ['metadata x = "\\x"', 'Invalid escape sequence "\\x".', 1, 15],
    ['metadata x = "\\u00G0"', 'Invalid Unicode escape sequence "\\u00G0".', 1, 15],
    ["metadata x = -", 'Invalid number "-": expected a digit after "-", found end of file.', 1, 14],
    ["metadata x = 1.e5", 'Invalid number "1.": expected a digit after ".", found "e".', 1, 14],
    ['metadata x = { "a": """\n  x\n', "Unterminated text block.", 3, 1],
    ['metadata x = "it\\\'s"', 'Invalid escape sequence "\\\'".', 1, 17],
    ["metadata x = a.", "Expected identifier, found end of file.", 1, 16],
  ])("%j", (text, message, line, column) => {
    expectSyntaxError(text, message, line, column);
  });

  it("reports the first error, even when a later one is lexical", () => {
    expectSyntaxError(`${NS}structure S { a String }\nmetadata x = "unterminated`, 'Expected ":", found identifier "String".', 2, 17);
  });

  it("prints the message with a gutter and a caret under the column", () => {
    const text = ['$version: "2"', "namespace smithy.example", "", "structure Foo {", "    bar: String,,", "    @required", "}", ""].join(
      "\n",
    );
    expect(syntaxError(text).toString()).toBe(
      ['test.smithy:7:1: Expected member name, found "}".', "6 |     @required", "7 | }", "  | ^", "8 |"].join("\n"),
    );
  });

  it("widens the gutter for two-digit line numbers", () => {
    const lines = [
      '$version: "2"',
      "namespace a",
      ...Array.from({ length: 7 }, (_, i) => `string S${i}`),
      "@length(min: 1,",
      "        min: 2)",
      "string T",
    ];
    expect(syntaxError(lines.join("\n")).toString()).toBe(
      [
        'test.smithy:11:9: Duplicate object key "min".',
        "10 | @length(min: 1,",
        "11 |         min: 2)",
        "   |         ^",
        "12 | string T",
      ].join("\n"),
    );
  });

  it("prints an error on the first line without a line before it", () => {
    expect(syntaxError('$version: "3.0"\nnamespace a').toString()).toBe(
      ['test.smithy:1:11: Unsupported IDL version "3.0".', '1 | $version: "3.0"', "  |           ^", "2 | namespace a"].join("\n"),
    );
  });
});
