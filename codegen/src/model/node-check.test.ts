import { describe, expect, test } from "vitest";
import { ModelErrors } from "../idl/located-error.js";
import { loadModel } from "./load-model.js";

/** Trait definitions every row below may use. */
const DEFS = `$version: "2.0"
namespace ex

@trait
structure t {
    items: Strings
    choice: Choice
    bytes: Byte
    when: Timestamp
    @pattern("^[a-z]+$")
    word: String
    words: WordMap
    @idRef
    loose: String
    legacy: LegacyEnum
    sparse: SparseList
    nested: Inner
}

list Strings { member: String }
union Choice { a: String, b: Integer }
map WordMap { @pattern("^[a-z]+$") key: String, value: Integer }
@enum([{ value: "a" }, { value: "b" }])
string LegacyEnum
@sparse
list SparseList { member: String }
structure Inner { @required id: Integer, @range(min: 0) size: Integer }
`;

function check(value: string): { value: unknown; errors: string[] } {
  const text = `${DEFS}@t(${value})\nstring S\n`;
  try {
    return {
      value: loadModel([{ name: "main.smithy", text }])
        .shapes.get("ex#S")
        ?.traits.get("ex#t"),
      errors: [],
    };
  } catch (e) {
    if (e instanceof ModelErrors) return { value: undefined, errors: e.errors.map((x) => x.description) };
    throw e;
  }
}

describe("trait value checks", () => {
  test.each([
    ['items: ["a", 2]', 'Expected a string for "items[1]" of trait "ex#t", found 2.'],
    ['choice: { a: "x", b: 1 }', 'Expected exactly one member of union "ex#Choice" for "choice" of trait "ex#t", found 2.'],
    ["bytes: 200", 'Value 200 is out of range for a byte for "bytes" of trait "ex#t".'],
    ["bytes: 1.5", 'Expected an integer for "bytes" of trait "ex#t", found 1.5.'],
    ["when: true", 'Expected a timestamp string or number for "when" of trait "ex#t", found true.'],
    ['word: "Upper"', 'Value "Upper" does not match the pattern "^[a-z]+$" for "word" of trait "ex#t".'],
    ["words: { Bad: 1 }", 'Value "Bad" does not match the pattern "^[a-z]+$" for "words.Bad" of trait "ex#t".'],
    ['legacy: "c"', 'Expected one of "a", "b" for "legacy" of trait "ex#t", found "c".'],
    ["nested: { size: 1 }", 'Missing required member "id" for "nested" of trait "ex#t".'],
    ["nested: { id: 1, size: -1 }", 'Value -1 is below the minimum 0 for "nested.size" of trait "ex#t".'],
    ['nested: { id: 1, extra: "x" }', 'Unknown member "extra" for "nested" of trait "ex#t"; expected one of id, size.'],
    ['items: ["a", null]', 'Expected a string for "items[1]" of trait "ex#t", found null.'],
    ["nested: { id: null }", 'Expected an integer for "nested.id" of trait "ex#t", found null.'],
    ["items: {}", 'Expected an array for "items" of trait "ex#t", found an object.'],
  ])("%s", (value, message) => {
    expect(check(value).errors).toEqual([message]);
  });

  test("valid values convert to plain nodes", () => {
    expect(
      check(
        'items: ["a"], choice: { b: 2 }, when: 1700000000, words: { ok: 1 }, sparse: ["x", null], legacy: "a", loose: "not.there#X", word: null',
      ).value,
    ).toEqual({
      items: ["a"],
      choice: { b: 2 },
      when: 1700000000,
      words: { ok: 1 },
      sparse: ["x", null],
      legacy: "a",
      loose: "not.there#X",
      word: null,
    });
  });

  test("an idRef without failWhenMissing keeps a quoted id that names no shape, and resolves one that does", () => {
    expect(check('loose: "Nowhere"').value).toEqual({ loose: "Nowhere" });
    expect(check('loose: "S"').value).toEqual({ loose: "ex#S" });
  });
});
