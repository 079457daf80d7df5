import { describe, expect, test } from "vitest";
import { type LocatedError, ModelErrors } from "../idl/located-error.js";
import { loadModel } from "./load-model.js";

/** Every model below starts with these two lines, so line 3 is the first line of each body. */
const HEADER = '$version: "2.0"\nnamespace ex\n';

function errorsOf(files: { name: string; text: string }[]): readonly LocatedError[] {
  try {
    loadModel(files);
  } catch (e) {
    if (e instanceof ModelErrors) return e.errors;
    throw e;
  }
  return [];
}

/** Loads `body` (after HEADER) and expects exactly one error, with this message, at this line and column. */
function expectModelError(body: string, message: string, line: number, column: number): void {
  const errors = errorsOf([{ name: "main.smithy", text: HEADER + body }]);
  expect(errors.map((e) => e.description)).toEqual([message]);
  const [error] = errors;
  expect([error?.loc?.source.name, error?.line, error?.column]).toEqual(["main.smithy", line, column]);
}

describe("semantic errors", () => {
  test.each([
    ["structure S { a: Foo }\n", 'Unknown shape "Foo" (resolved against namespace "ex" and the prelude).', 3, 18],
    ["structure S { a: other#Foo }\n", 'Unknown shape "other#Foo".', 3, 18],
    ["use other#Nope\nstring S\n", 'Unknown shape "other#Nope" in use statement.', 3, 5],
    ["@foo\nstring S\n", 'Unknown trait "foo" (resolved against namespace "ex" and the prelude).', 3, 2],
    ["string bar\n@bar\nstring S\n", 'Shape "ex#bar" is not a trait; only shapes with @trait can be applied as traits.', 4, 2],
    ["string S\ninteger S\n", 'Duplicate shape "ex#S"; it is already defined at main.smithy:3:8.', 4, 9],
    [
      "string Foo\nstring foo\n",
      'Shape "ex#foo" conflicts with "ex#Foo" defined at main.smithy:3:8; shape ids must differ ignoring case.',
      4,
      8,
    ],
    ["structure S { a: String, A: String }\n", 'Duplicate member "A" in "ex#S" (member names must differ ignoring case; "a").', 3, 26],
    ["@documentation(5)\nstring S\n", 'Expected a string for trait "smithy.api#documentation", found 5.', 3, 16],
    [
      "@documentation\nstring S\n",
      'Trait "smithy.api#documentation" needs a value; only structure, list and map traits can omit it.',
      3,
      1,
    ],
    ['@http(method: "GET")\noperation Op {}\n', 'Missing required member "uri" for trait "smithy.api#http".', 3, 6],
    [
      '@http(method: "GET", uri: "/", verb: "x")\noperation Op {}\n',
      'Unknown member "verb" for trait "smithy.api#http"; expected one of method, uri, code.',
      3,
      32,
    ],
    [
      '@http(method: "GET", uri: "/", code: 1000)\noperation Op {}\n',
      'Value 1000 is above the maximum 999 for "code" of trait "smithy.api#http".',
      3,
      38,
    ],
    ['@http(method: 1, uri: "/")\noperation Op {}\n', 'Expected a string for "method" of trait "smithy.api#http", found 1.', 3, 15],
    ['@error("oops")\nstructure E {}\n', 'Expected one of "client", "server" for trait "smithy.api#error", found "oops".', 3, 8],
    ["@externalDocumentation()\nstring S\n", 'Length 0 is below the minimum 1 for trait "smithy.api#externalDocumentation".', 3, 23],
    [
      "@tags([nonono])\nstring S\n",
      'Unknown shape "nonono" (resolved against namespace "ex" and the prelude); quote the value if it is meant as a string.',
      3,
      8,
    ],
    [
      '@trait\nstructure t { @idRef(failWhenMissing: true) ref: String }\n@t(ref: "Nope")\nstring S\n',
      'Unknown shape "Nope" (resolved against namespace "ex" and the prelude) for "ref" of trait "ex#t".',
      5,
      9,
    ],
    [
      "@required\nstring S\n",
      'Trait "smithy.api#required" cannot be applied to string "ex#S"; its selector is "structure > member".',
      3,
      2,
    ],
    [
      '@documentation("a")\nstring S\napply S @documentation("b")\n',
      'Conflicting values for trait "smithy.api#documentation" on "ex#S"; it is already applied with a different value at main.smithy:3:1.',
      5,
      9,
    ],
    ['apply String @documentation("x")\n', 'Cannot apply traits to prelude shape "smithy.api#String".', 3, 7],
    ["structure S {}\napply S$x @required\n", 'Cannot apply traits to "ex#S$x": "ex#S" has no member "x".', 4, 7],
    ['string S\napply S$x @documentation("x")\n', 'Cannot apply traits to "ex#S$x": string "ex#S" has no members.', 4, 7],
    [
      "@mixin\nstructure A1 { a: String }\n@mixin\nstructure A2 { a: Integer }\nstructure Invalid with [A1, A2] {}\n",
      'Member "a" of "ex#Invalid" is inherited from mixin "ex#A1" targeting "smithy.api#String" and from mixin "ex#A2" targeting "smithy.api#Integer".',
      7,
      29,
    ],
    [
      "@mixin\nstructure A { a: String }\nstructure S with [A] { a: Integer }\n",
      'Member "a" of "ex#S" targets "smithy.api#Integer", but the member it redefines from mixin "ex#A" targets "smithy.api#String"; a redefined mixin member must keep its target.',
      5,
      27,
    ],
    ["structure A {}\nstructure B with [A] {}\n", 'Shape "ex#A" cannot be used as a mixin because it lacks the @mixin trait.', 4, 19],
    ["@mixin\nstring M\nstructure S with [M] {}\n", 'Mixin "ex#M" is a string and cannot be mixed into structure "ex#S".', 5, 19],
    [
      "@mixin\nstructure A with [B] {}\n@mixin\nstructure B with [A] {}\n",
      'Mixin cycle: "ex#B" mixes in "ex#A", which already mixes in "ex#B".',
      6,
      19,
    ],
    [
      "structure S { $x }\n",
      'Cannot find the target of elided member "$x": no resource is bound with `for` named "x", and no mixin has such a member.',
      3,
      16,
    ],
    ["operation Op { input: String }\n", 'Input of operation "ex#Op" must target structure, found string "smithy.api#String".', 3, 23],
    ["operation Op { errors: [E] }\nstructure E {}\n", 'Error "ex#E" must have the @error trait.', 3, 25],
    ["structure S { a: String$length }\n", 'Expected a shape id without a member, found "String$length".', 3, 18],
    ["structure S { op: Op }\noperation Op {}\n", 'Member "ex#S$op" cannot target operation "ex#Op".', 3, 19],
    ["intEnum I { A }\n", 'Enum member "ex#I$A" needs an integer value, found none.', 3, 13],
    ['enum E {\n  A = "x"\n  B = "x"\n}\n', 'Enum members "A" and "B" of "ex#E" have the same value "x".', 5, 3],
    ["map M { key: Integer, value: String }\n", 'The key of map "ex#M" must target a string, found integer "smithy.api#Integer".', 3, 14],
    ['structure S { a: Integer = "x"\n}\n', 'Expected a number for the default value of "ex#S$a", found "x".', 3, 28],
    [
      "@mixin\noperation M { output: S }\nstructure S {}\n",
      'Mixin operation "ex#M" cannot define input or output other than smithy.api#Unit.',
      4,
      23,
    ],
    [
      "@mixin\nresource R { identifiers: { id: String } }\n",
      'Resource mixin "ex#R" cannot define identifiers, properties, lifecycle operations, operations or resources.',
      4,
      33,
    ],
    ["intEnum I {\n  A = 2147483648\n}\n", 'intEnum value 2147483648 of "ex#I$A" is outside the 32-bit integer range.', 4, 7],
    [
      "intEnum I {\n  @enumValue(-2147483649)\n  A\n}\n",
      'intEnum value -2147483649 of "ex#I$A" is outside the 32-bit integer range.',
      4,
      14,
    ],
    [
      'service S { version: "1", operation: [] }\n',
      'Unknown property "operation" of service "ex#S"; expected version, operations, resources, errors or rename.',
      3,
      27,
    ],
  ] as const)("%#: %s", (body, message, line, column) => {
    expectModelError(body, message, line, column);
  });

  test.each([
    [
      "@uniqueItems\nlist L { member: Float }\n",
      "smithy.api#uniqueItems",
      'list "ex#L"',
      "list :not(> member ~> :is(float, double, document))",
      3,
      2,
    ],
    [
      "@input\nstructure I { @httpResponseCode code: Integer }\n",
      "smithy.api#httpResponseCode",
      'member "ex#I$code"',
      "structure :not([trait|input]) > member :test(> integer)",
      4,
      16,
    ],
    [
      'structure S { @httpPrefixHeaders("x-") h: M }\n@sparse\nmap M { key: String, value: String }\n',
      "smithy.api#httpPrefixHeaders",
      'member "ex#S$h"',
      "structure > member :test(> map :not([trait|sparse]) > member[id|member=value] > string)",
      3,
      16,
    ],
    [
      "structure S { @idempotencyToken t: Integer }\n",
      "smithy.api#idempotencyToken",
      'member "ex#S$t"',
      "structure > :test(member > string)",
      3,
      16,
    ],
    [
      "structure S { @httpLabel a: String }\n",
      "smithy.api#httpLabel",
      'member "ex#S$a"',
      "structure > member[trait|required] :test(> :test(string, number, boolean, timestamp))",
      3,
      16,
    ],
  ] as const)("trait selectors are enforced in full: %s", (body, trait, subject, selector, line, column) => {
    expectModelError(body, `Trait "${trait}" cannot be applied to ${subject}; its selector is "${selector}".`, line, column);
  });

  test("the same traits are accepted where their selectors allow them", () => {
    const body =
      "@uniqueItems\nlist L { member: String }\n" +
      "@output\nstructure O { @httpResponseCode code: Integer }\n" +
      'structure S {\n  @httpPrefixHeaders("x-") h: M\n  @idempotencyToken t: String\n  @required @httpLabel a: String\n}\n' +
      "map M { key: String, value: String }\n";
    expect(errorsOf([{ name: "main.smithy", text: HEADER + body }])).toEqual([]);
  });

  test("mixin operations may declare Unit input and output; intEnum values may span the 32-bit range", () => {
    const body =
      '@mixin\noperation M { input: Unit\n output: smithy.api#Unit\n errors: [E] }\n@error("client")\nstructure E {}\n' +
      "intEnum I {\n  MIN = -2147483648\n  MAX = 2147483647\n}\n";
    expect(errorsOf([{ name: "main.smithy", text: HEADER + body }])).toEqual([]);
  });

  test("a model with three different errors reports all three, in source order", () => {
    const body = "structure S {\n  a: Missing\n}\n@unknownTrait\nstring T\n@documentation(1)\nstring U\n";
    const errors = errorsOf([{ name: "main.smithy", text: HEADER + body }]);
    expect(errors.map((e) => [e.description, e.line, e.column])).toEqual([
      ['Unknown shape "Missing" (resolved against namespace "ex" and the prelude).', 4, 6],
      ['Unknown trait "unknownTrait" (resolved against namespace "ex" and the prelude).', 6, 2],
      ['Expected a string for trait "smithy.api#documentation", found 1.', 8, 16],
    ]);
  });

  test("ModelErrors prints every error with its file, line, column and a caret", () => {
    try {
      loadModel([{ name: "model/main.smithy", text: `${HEADER}structure S {\n    a: Missing\n}\n` }]);
      expect.unreachable();
    } catch (e) {
      expect((e as ModelErrors).message).toBe(
        [
          "1 error in model:",
          'model/main.smithy:4:8: Unknown shape "Missing" (resolved against namespace "ex" and the prelude).',
          "3 | structure S {",
          "4 |     a: Missing",
          "  |        ^",
          "5 | }",
        ].join("\n"),
      );
    }
  });

  test("duplicate shapes across files point at the second definition and name the first", () => {
    const errors = errorsOf([
      { name: "a.smithy", text: `${HEADER}string S\n` },
      { name: "b.smithy", text: `${HEADER}\ninteger S\n` },
    ]);
    expect(errors.map((e) => e.message)).toEqual(['b.smithy:4:9: Duplicate shape "ex#S"; it is already defined at a.smithy:3:8.']);
  });

  test("conflicting metadata across files is an error", () => {
    const errors = errorsOf([
      { name: "a.smithy", text: "metadata owner = 1\n" },
      { name: "b.smithy", text: "metadata owner = 2\n" },
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      'b.smithy:1:10: Conflicting values for metadata "owner"; it is already set at a.smithy:1:10.',
    ]);
  });

  test("shapes cannot be defined in the prelude namespace", () => {
    const errors = errorsOf([{ name: "a.smithy", text: '$version: "2.0"\nnamespace smithy.api\nstring Mine\n' }]);
    expect(errors.map((e) => e.message)).toEqual(['a.smithy:2:11: Shapes cannot be defined in the prelude namespace "smithy.api".']);
  });

  test("files that are neither .smithy nor .json are rejected", () => {
    expect(errorsOf([{ name: "model.txt", text: "" }]).map((e) => e.message)).toEqual([
      'Cannot load "model.txt": model files must end in .smithy or .json.',
    ]);
  });
});

describe("IDL version rules", () => {
  const V1 = '$version: "1.0"\nnamespace ex\n';
  const V2 = '$version: "2.0"\nnamespace ex\n';
  const only2 = (what: string) => `${what} can only be used in IDL 2.0 or later, but this file is IDL 1.0.`;

  /** Loads `text` and expects exactly these errors (message, line, column), in order. */
  function expectErrors(text: string, expected: readonly (readonly [string, number, number])[]): void {
    const errors = errorsOf([{ name: "main.smithy", text }]);
    expect(errors.map((e) => [e.description, e.line, e.column])).toEqual(expected);
  }

  test.each([
    [`${V1}enum E { A }\n`, [[only2("enum shapes"), 3, 6]]],
    [`${V1}intEnum I {\n  A = 1\n}\n`, [[only2("intEnum shapes"), 3, 9]]],
    [
      `${V1}@mixin\nstructure M {}\nstructure S with [M] {}\n`,
      [
        ["The @mixin trait can only be used in IDL 2.0 or later.", 3, 2],
        [only2("Mixins"), 5, 19],
      ],
    ],
    [`${V1}structure S { $a }\n`, [[only2('Eliding a member target with "$"'), 3, 16]]],
    [
      `${V1}list L { $member }\n`,
      [
        ['List "ex#L" needs a member named "member".', 3, 6],
        [only2('Eliding a member target with "$"'), 3, 11],
      ],
    ],
    [`${V1}structure S { a: Integer = 1\n}\n`, [[only2('Default values ("= value")'), 3, 28]]],
    [`${V1}@default(1)\ninteger I\n`, [["The @default trait can only be used in IDL 2.0 or later.", 3, 2]]],
    [`${V1}structure S {}\napply S @default({})\n`, [["The @default trait can only be used in IDL 2.0 or later.", 4, 10]]],
    [`${V1}operation Op { input := {} }\n`, [[only2('Inline operation input and output (":=")'), 3, 22]]],
    [`${V1}resource R { properties: { a: String } }\n`, [[only2("Resource properties"), 3, 14]]],
    [
      `${V1}resource R { identifiers: { id: String } }\nstructure S for R { id: String }\n`,
      [[only2('Binding a shape to a resource with "for"'), 4, 17]],
    ],
    [
      "namespace ex\nenum E { A }\n",
      [
        [
          'enum shapes can only be used in IDL 2.0 or later, but this file is IDL 1.0 (a file without $version is read as IDL 1.0; add $version: "2.0").',
          2,
          6,
        ],
      ],
    ],
    [`${V2}set S { member: String }\n`, [["set shapes cannot be used in IDL 2.0; use a list with the @uniqueItems trait instead.", 3, 5]]],
    [`${V2}@box\ninteger I\n`, [["The @box trait is not supported in IDL 2.0; use @default and @required instead.", 3, 2]]],
  ] as const)("%#: %s", (text, expected) => {
    expectErrors(text, expected);
  });

  test("IDL 1.0 keeps set, @box and plain structures; IDL 2.0 files may use every 2.0 construct", () => {
    expectErrors(`${V1}@box\ninteger I\nset S { member: String }\nstructure T { a: I }\n`, []);
    expectErrors(
      `${V2}@mixin\nstructure M { a: String }\nstructure S with [M] { b: Integer = 1\n}\nenum E { A }\nintEnum N {\n  A = 1\n}\noperation Op { input := {} }\n`,
      [],
    );
  });
});
