import { describe, expect, it } from "vitest";
import type { ListSchema, MapSchema, MemberSchema, ScalarSchema, StructureSchema, UnionSchema } from "../schema.js";
import { jsonBlobs } from "./json-blobs.js";
import { jsonCollections } from "./json-collections.js";
import { parseStructure, parseValue } from "./json-deserialize.js";
import type { JsonValueFeatures } from "./json-features.js";
import { NAMED, PLAIN, REST_RESPONSE } from "./json-members.js";
import { jsonTimestamps } from "./json-timestamps.js";
import { MalformedValueError } from "./malformed-value-error.js";
import { utf8Encode } from "./utf8.js";

/** Every value feature, as the prebuilt restJson1 and awsJson1_0 codecs have. */
const ALL: JsonValueFeatures = { blobs: jsonBlobs, timestamps: jsonTimestamps, collections: jsonCollections };

const str: ScalarSchema = { k: "string" };
const int: ScalarSchema = { k: "integer" };
const dbl: ScalarSchema = { k: "double" };
const bool: ScalarSchema = { k: "boolean" };
const blob: ScalarSchema = { k: "blob" };
const ts: ScalarSchema = { k: "timestamp" };
const doc: ScalarSchema = { k: "document" };
const enm: ScalarSchema = { k: "enum", values: ["Foo", "Bar"] };
const intEnum: ScalarSchema = { k: "intEnum", values: [1, 2] };
const struct = (id: string, members: MemberSchema[]): StructureSchema => ({ k: "structure", id: `test#${id}`, members });
const list = (member: ListSchema["member"], sparse?: true): ListSchema => (sparse ? { k: "list", member, sparse } : { k: "list", member });
const map = (value: MapSchema["value"], sparse?: true): MapSchema =>
  sparse ? { k: "map", key: str, value, sparse } : { k: "map", key: str, value };

const parse = (schema: StructureSchema, json: string, mode: 0 | 1 | 3 = NAMED) => parseStructure(schema, JSON.parse(json), mode, {}, ALL);

function malformed(fn: () => unknown): MalformedValueError {
  try {
    fn();
  } catch (error) {
    if (error instanceof MalformedValueError) return error;
    throw error;
  }
  throw new Error("expected a MalformedValueError");
}

const Scalars = struct("Scalars", [
  { name: "stringValue", target: str },
  { name: "integerValue", target: int },
  { name: "doubleValue", target: dbl, jsonName: "DoubleDribble" },
  { name: "booleanValue", target: bool },
  { name: "enumValue", target: enm },
  { name: "intEnumValue", target: intEnum },
  { name: "header", target: str, http: { in: "header", name: "X-Foo" } },
  { name: "query", target: str, http: { in: "query", name: "q" } },
]);

describe("parseStructure", () => {
  it("reads members by JSON name, skipping nulls and unknown keys", () => {
    expect(
      parse(Scalars, '{"stringValue":"s","integerValue":3,"DoubleDribble":6.5,"booleanValue":false,"extra":1,"enumValue":null}'),
    ).toEqual({
      stringValue: "s",
      integerValue: 3,
      doubleValue: 6.5,
      booleanValue: false,
    });
  });

  it("ignores @jsonName in awsJson1_0", () => {
    expect(parse(Scalars, '{"doubleValue":1.5,"DoubleDribble":2.5}', PLAIN)).toEqual({ doubleValue: 1.5 });
  });

  it("in a restJson1 response body, ignores header members but reads request-only bindings like @httpQuery", () => {
    expect(parse(Scalars, '{"header":"h","query":"bam"}', REST_RESPONSE)).toEqual({ query: "bam" });
  });

  it("lets unknown enum and intEnum values through", () => {
    expect(parse(Scalars, '{"enumValue":"Baz","intEnumValue":7}')).toEqual({ enumValue: "Baz", intEnumValue: 7 });
  });

  it("reads NaN and infinities from strings", () => {
    const out = parse(Scalars, '{"DoubleDribble":"NaN"}');
    expect(out.doubleValue).toBeNaN();
    expect(parse(Scalars, '{"DoubleDribble":"-Infinity"}').doubleValue).toBe(Number.NEGATIVE_INFINITY);
  });

  it.each([
    ['{"stringValue":5}', "expected a string, found number 5 at stringValue"],
    ['{"integerValue":"5"}', 'expected a number, found the string "5" at integerValue'],
    ['{"DoubleDribble":"Inf"}', 'expected a number, found the string "Inf" at DoubleDribble'],
    ['{"booleanValue":"true"}', 'expected a boolean, found the string "true" at booleanValue'],
    ['{"enumValue":{}}', "expected a string, found an object at enumValue"],
  ])("rejects wrongly typed %s", (json, message) => {
    expect(malformed(() => parse(Scalars, json)).describe()).toBe(message);
  });

  it("rejects a non-object", () => {
    expect(malformed(() => parseStructure(Scalars, [], NAMED, {}, ALL)).describe()).toBe("expected an object, found an array");
    expect(malformed(() => parseStructure(Scalars, "x", NAMED, {}, ALL)).describe()).toBe('expected an object, found the string "x"');
  });
});

describe("parseValue", () => {
  it("needs the timestamps feature only for timestamp values, and names it when it is missing", () => {
    expect(parseValue({ k: "boolean" }, true, true, {})).toBe(true);
    expect(() => parseValue({ k: "timestamp" }, 0, true, {})).toThrow(/built without `timestamps`.*jsonTimestamps/);
  });

  it("needs the blobs feature only for blob values, and names it when it is missing", () => {
    expect(parseValue(list(str), ["a"], true, { collections: jsonCollections })).toEqual(["a"]);
    expect(() => parseValue(list(str), ["a"], true, {})).toThrow(/built without `collections`.*jsonCollections/);
    expect(() => parseValue(blob, "dmFsdWU=", true, {})).toThrow(/built without `blobs`.*jsonBlobs/);
  });

  it("decodes base64 blobs and rejects invalid base64", () => {
    expect(parseValue(blob, "dmFsdWU=", true, ALL)).toEqual(utf8Encode("value"));
    expect(malformed(() => parseValue(blob, "not base64!", true, ALL)).describe()).toBe('expected base64, found the string "not base64!"');
    expect(malformed(() => parseValue(blob, 12, true, ALL)).describe()).toBe("expected a base64 string, found number 12");
  });

  it("reads timestamps in any format, the declared one first", () => {
    const Times = struct("Times", [
      { name: "normal", target: ts },
      { name: "dateTime", target: ts, tf: "date-time" },
      { name: "httpDate", target: { k: "timestamp", tf: "http-date" } },
    ]);
    const out = parse(Times, '{"normal":1398796238,"dateTime":"2014-04-29T18:30:38Z","httpDate":"Tue, 29 Apr 2014 18:30:38 GMT"}');
    expect(out).toEqual({ normal: new Date(1398796238000), dateTime: new Date(1398796238000), httpDate: new Date(1398796238000) });
    expect(malformed(() => parse(Times, '{"normal":"soon"}')).describe()).toBe(
      'expected a timestamp (epoch-seconds), found the string "soon" at normal',
    );
  });

  it("passes documents through, nulls included", () => {
    expect(parseValue(doc, { a: [1, null, { b: false }] }, true, ALL)).toEqual({ a: [1, null, { b: false }] });
    expect(parseValue(doc, "hello", true, ALL)).toBe("hello");
  });

  it("drops nulls from dense lists and maps, keeps them in sparse ones", () => {
    expect(parseValue(list(str), ["a", null, "b"], true, ALL)).toEqual(["a", "b"]);
    expect(parseValue(list({ k: "short" }, true), [null, 2], true, ALL)).toEqual([null, 2]);
    expect(parseValue(map(bool), { x: false, y: null }, true, ALL)).toEqual({ x: false });
    expect(parseValue(map(list(str), true), { x: [], y: ["a", "b"], z: null }, true, ALL)).toEqual({ x: [], y: ["a", "b"], z: null });
  });

  it("gives the path of a bad value deep inside lists and maps", () => {
    const Outer = struct("Outer", [{ name: "items", target: list(map(int)), jsonName: "Items" }]);
    expect(malformed(() => parse(Outer, '{"Items":[{"a":1},{"b":"x"}]}')).describe()).toBe(
      'expected a number, found the string "x" at Items.[1].b',
    );
    expect(malformed(() => parse(Outer, '{"Items":{}}')).describe()).toBe("expected an array, found an object at Items");
  });

  it("keeps a __proto__ map key as data", () => {
    const out = parseValue(map(str), JSON.parse('{"__proto__":"x","a":"b"}'), true, ALL) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(["__proto__", "a"]);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it("follows recursive schemas", () => {
    const Node: StructureSchema = struct("Node", [
      { name: "value", target: str },
      { name: "next", target: () => Node },
    ]);
    expect(parseValue(Node, { value: "a", next: { value: "b" } }, true, ALL)).toEqual({ value: "a", next: { value: "b" } });
  });
});

describe("unions", () => {
  const Greeting = struct("Greeting", [{ name: "hi", target: str }]);
  const MyUnion: UnionSchema = {
    k: "union",
    id: "test#MyUnion",
    members: [
      { name: "stringValue", target: str },
      { name: "baz", target: str, jsonName: "_baz" },
      { name: "structureValue", target: Greeting },
      { name: "quit", target: struct("Unit", []) },
    ],
  };

  it("reads the set member", () => {
    expect(parseValue(MyUnion, { stringValue: "foo" }, true, ALL)).toEqual({ stringValue: "foo" });
    expect(parseValue(MyUnion, { _baz: "hi" }, true, ALL)).toEqual({ baz: "hi" });
    expect(parseValue(MyUnion, { quit: {} }, true, ALL)).toEqual({ quit: {} });
  });

  it("ignores __type and null members", () => {
    expect(parseValue(MyUnion, { __type: "aws.protocoltests.json10#MyUnion", structureValue: { hi: "hello" } }, true, ALL)).toEqual({
      structureValue: { hi: "hello" },
    });
    expect(parseValue(MyUnion, { stringValue: null, _baz: null, structureValue: { hi: "hello" } }, true, ALL)).toEqual({
      structureValue: { hi: "hello" },
    });
  });

  it("reads an unknown member as $unknown, unless a known one is also set", () => {
    expect(parseValue(MyUnion, { newThing: [1] }, true, ALL)).toEqual({ $unknown: ["newThing", [1]] });
    expect(parseValue(MyUnion, { newThing: [1], stringValue: "x" }, true, ALL)).toEqual({ stringValue: "x" });
  });

  it("rejects a non-object", () => {
    expect(malformed(() => parseValue(MyUnion, "x", true, ALL)).describe()).toBe('expected an object, found the string "x"');
  });
});

describe("defaults and error correction in output", () => {
  const Dialog = struct("Dialog", [
    { name: "language", target: str },
    { name: "greeting", target: str, default: "hi" },
  ]);
  const Output = struct("Output", [
    { name: "defaultString", target: str, default: "hi" },
    { name: "defaultTimestamp", target: ts, default: 0 },
    { name: "defaultBlob", target: blob, default: "YWJj" },
    { name: "defaultList", target: list(str), default: [] },
    { name: "defaultMap", target: map(str), default: {} },
    { name: "defaultDocumentMap", target: doc, default: {} },
    { name: "defaultNullDocument", target: doc, default: null },
    { name: "defaultEnum", target: enm, default: "Foo" },
    { name: "dialog", target: Dialog },
    { name: "requiredString", target: str, required: true },
    { name: "requiredBoolean", target: bool, required: true },
    { name: "requiredInteger", target: int, required: true },
    { name: "requiredTimestamp", target: ts, required: true },
    { name: "requiredBlob", target: blob, required: true },
    { name: "requiredList", target: list(str), required: true },
    { name: "requiredUnion", target: { k: "union", id: "test#U", members: [{ name: "a", target: str }] }, required: true },
  ]);

  it("fills absent members with their defaults and absent required members with zero values", () => {
    expect(parse(Output, '{"dialog":{}}')).toEqual({
      defaultString: "hi",
      defaultTimestamp: new Date(0),
      defaultBlob: utf8Encode("abc"),
      defaultList: [],
      defaultMap: {},
      defaultDocumentMap: {},
      defaultEnum: "Foo",
      dialog: { greeting: "hi" },
      requiredString: "",
      requiredBoolean: false,
      requiredInteger: 0,
      requiredTimestamp: new Date(0),
      requiredBlob: new Uint8Array(0),
      requiredList: [],
    });
  });

  it("keeps values that are present, and hands out fresh default objects", () => {
    const first = parse(Output, '{"defaultString":"bye","defaultList":["a"]}');
    expect(first.defaultString).toBe("bye");
    expect(first.defaultList).toEqual(["a"]);
    const a = parse(Output, "{}");
    (a.defaultMap as Record<string, string>).x = "mutated";
    expect(parse(Output, "{}").defaultMap).toEqual({});
  });
});
