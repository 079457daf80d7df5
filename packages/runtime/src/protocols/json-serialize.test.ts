import { describe, expect, it } from "vitest";
import type { ListSchema, MapSchema, MemberSchema, ScalarSchema, StructureSchema, UnionSchema } from "../schema.js";
import { jsonBlobs } from "./json-blobs.js";
import { jsonCollections } from "./json-collections.js";
import type { JsonValueFeatures } from "./json-features.js";
import { NAMED, PLAIN, REST_REQUEST } from "./json-members.js";
import { serializeStructure, serializeValue } from "./json-serialize.js";
import { jsonTimestamps } from "./json-timestamps.js";

import { utf8Encode } from "./utf8.js";

/** Every value feature, as the prebuilt restJson1 and awsJson1_0 codecs have. */
const ALL: JsonValueFeatures = { blobs: jsonBlobs, timestamps: jsonTimestamps, collections: jsonCollections };

const str: ScalarSchema = { k: "string" };
const int: ScalarSchema = { k: "integer" };
const dbl: ScalarSchema = { k: "double" };
const flt: ScalarSchema = { k: "float" };
const bool: ScalarSchema = { k: "boolean" };
const blob: ScalarSchema = { k: "blob" };
const ts: ScalarSchema = { k: "timestamp" };
const doc: ScalarSchema = { k: "document" };
const httpDate: ScalarSchema = { k: "timestamp", tf: "http-date" };
const struct = (id: string, members: MemberSchema[]): StructureSchema => ({ k: "structure", id: `test#${id}`, members });
const list = (member: ListSchema["member"], sparse?: true): ListSchema => (sparse ? { k: "list", member, sparse } : { k: "list", member });
const map = (value: MapSchema["value"], sparse?: true): MapSchema =>
  sparse ? { k: "map", key: str, value, sparse } : { k: "map", key: str, value };

const Scalars = struct("Scalars", [
  { name: "stringValue", target: str },
  { name: "integerValue", target: int },
  { name: "doubleValue", target: dbl, jsonName: "DoubleDribble" },
  { name: "floatValue", target: flt },
  { name: "booleanValue", target: bool },
  { name: "header", target: str, http: { in: "header", name: "X-Foo" } },
  { name: "label", target: str, http: { in: "hostLabel" } },
]);

describe("serializeStructure", () => {
  it("writes set members, skips undefined and null", () => {
    const out = serializeStructure(
      Scalars,
      { stringValue: "s", integerValue: 0, booleanValue: false, floatValue: null, doubleValue: undefined },
      NAMED,
      false,
      ALL,
    );
    expect(out).toEqual({ stringValue: "s", integerValue: 0, booleanValue: false });
  });

  it("uses @jsonName in restJson1 modes and the member name in awsJson1_0", () => {
    expect(serializeStructure(Scalars, { doubleValue: 6.5 }, NAMED, false, ALL)).toEqual({ DoubleDribble: 6.5 });
    expect(serializeStructure(Scalars, { doubleValue: 6.5 }, PLAIN, false, ALL)).toEqual({ doubleValue: 6.5 });
  });

  it("leaves HTTP-bound members out of a restJson1 request body but keeps @hostLabel members", () => {
    expect(serializeStructure(Scalars, { header: "h", label: "bar", stringValue: "s" }, REST_REQUEST, false, ALL)).toEqual({
      label: "bar",
      stringValue: "s",
    });
    expect(serializeStructure(Scalars, { header: "h", label: "bar" }, PLAIN, false, ALL)).toEqual({ header: "h", label: "bar" });
  });

  it("writes NaN and infinities as strings, and accepts them as strings", () => {
    expect(serializeStructure(Scalars, { floatValue: Number.NaN, doubleValue: Number.POSITIVE_INFINITY }, NAMED, false, ALL)).toEqual({
      floatValue: "NaN",
      DoubleDribble: "Infinity",
    });
    expect(serializeStructure(Scalars, { floatValue: Number.NEGATIVE_INFINITY, doubleValue: "NaN" }, PLAIN, false, ALL)).toEqual({
      floatValue: "-Infinity",
      doubleValue: "NaN",
    });
  });

  it("rejects a non-object", () => {
    expect(() => serializeStructure(Scalars, "nope", NAMED, false, ALL)).toThrow(/Expected an object for test#Scalars/);
  });
});

describe("serializeValue", () => {
  it("needs the timestamps feature only for timestamp values, and names it when it is missing", () => {
    expect(serializeValue({ k: "boolean" }, true, true, {})).toBe(true);
    expect(() => serializeValue({ k: "timestamp" }, new Date(0), true, {})).toThrow(/built without `timestamps`.*jsonTimestamps/);
  });

  it("needs the blobs feature only for blob values, and names it when it is missing", () => {
    expect(serializeValue(list(str), ["a"], true, { collections: jsonCollections })).toEqual(["a"]);
    expect(() => serializeValue(list(str), ["a"], true, {})).toThrow(/built without `collections`.*jsonCollections/);
    expect(() => serializeValue(blob, "value", true, {})).toThrow(/built without `blobs`.*jsonBlobs/);
  });

  it("encodes blobs as base64, from bytes or from a UTF-8 string", () => {
    expect(serializeValue(blob, utf8Encode("value"), true, ALL)).toBe("dmFsdWU=");
    expect(serializeValue(blob, "value", true, ALL)).toBe("dmFsdWU=");
    expect(serializeValue(blob, new Uint16Array([0x6968]), true, ALL)).toBe("aGk=");
  });

  it("writes timestamps as epoch seconds by default, else in the target's format", () => {
    expect(serializeValue(ts, new Date(1398796238000), true, ALL)).toBe(1398796238);
    expect(serializeValue(ts, new Date(1398796238123), true, ALL)).toBe(1398796238.123);
    expect(serializeValue(httpDate, new Date(1398796238000), true, ALL)).toBe("Tue, 29 Apr 2014 18:30:38 GMT");
    expect(serializeValue(ts, 1398796238, true, ALL)).toBe(1398796238);
  });

  it("lets the member's @timestampFormat win over the target's", () => {
    const Times = struct("Times", [
      { name: "member", target: httpDate, tf: "date-time" },
      { name: "target", target: httpDate },
    ]);
    const when = new Date(1398796238000);
    expect(serializeStructure(Times, { member: when, target: when }, NAMED, false, ALL)).toEqual({
      member: "2014-04-29T18:30:38Z",
      target: "Tue, 29 Apr 2014 18:30:38 GMT",
    });
  });

  it("passes documents through", () => {
    const value = [true, "hi", [1, 2], { foo: { baz: [3, 4] } }];
    expect(serializeValue(doc, value, true, ALL)).toBe(value);
  });

  it("drops nulls from dense lists and maps, keeps them in sparse ones", () => {
    expect(serializeValue(list(str), ["a", null, "b"], true, ALL)).toEqual(["a", "b"]);
    expect(serializeValue(list(str, true), [null, "hi"], true, ALL)).toEqual([null, "hi"]);
    expect(serializeValue(map(int), { x: 0, y: null }, true, ALL)).toEqual({ x: 0 });
    expect(serializeValue(map(int, true), { x: null, y: 2 }, true, ALL)).toEqual({ x: null, y: 2 });
    expect(serializeValue(map(list(str), true), { x: [], y: ["a", "b"], z: null }, true, ALL)).toEqual({ x: [], y: ["a", "b"], z: null });
  });

  it("serializes sets and lists of timestamps", () => {
    expect(serializeValue(list(str), new Set(["a", "b"]), true, ALL)).toEqual(["a", "b"]);
    expect(serializeValue(list(ts), [new Date(1000), new Date(2000)], true, ALL)).toEqual([1, 2]);
  });

  it("writes a map key __proto__ as a plain key", () => {
    const input = JSON.parse('{"__proto__": "x"}');
    expect(JSON.stringify(serializeValue(map(str), input, true, ALL))).toBe('{"__proto__":"x"}');
  });

  it("converts bigint values of long members to numbers", () => {
    expect(serializeValue({ k: "long" }, 5n, true, ALL)).toBe(5);
  });

  it("follows recursive (thunked) schemas", () => {
    const Node: StructureSchema = struct("Node", [
      { name: "value", target: str },
      { name: "next", target: () => Node },
    ]);
    expect(serializeValue(Node, { value: "a", next: { value: "b", next: { value: "c" } } }, true, ALL)).toEqual({
      value: "a",
      next: { value: "b", next: { value: "c" } },
    });
  });
});

describe("unions", () => {
  const Greeting = struct("Greeting", [{ name: "hi", target: str }]);
  const Unit = struct("Unit", []);
  const MyUnion: UnionSchema = {
    k: "union",
    id: "test#MyUnion",
    members: [
      { name: "stringValue", target: str },
      { name: "foo", target: str, jsonName: "FOO" },
      { name: "structureValue", target: Greeting },
      { name: "quit", target: Unit },
    ],
  };

  it("writes the one set member, under its JSON name", () => {
    expect(serializeValue(MyUnion, { stringValue: "foo" }, true, ALL)).toEqual({ stringValue: "foo" });
    expect(serializeValue(MyUnion, { foo: "hi" }, true, ALL)).toEqual({ FOO: "hi" });
    expect(serializeValue(MyUnion, { foo: "hi" }, false, ALL)).toEqual({ foo: "hi" });
    expect(serializeValue(MyUnion, { structureValue: { hi: "hello" } }, true, ALL)).toEqual({ structureValue: { hi: "hello" } });
    expect(serializeValue(MyUnion, { quit: {} }, true, ALL)).toEqual({ quit: {} });
  });

  it("writes an $unknown member back as it came", () => {
    expect(serializeValue(MyUnion, { $unknown: ["newThing", { a: 1 }] }, true, ALL)).toEqual({ newThing: { a: 1 } });
  });

  it("refuses two set members", () => {
    expect(() => serializeValue(MyUnion, { stringValue: "a", foo: "b" }, true, ALL)).toThrow(/exactly one member/);
  });
});

describe("defaults in input", () => {
  const Farewell = struct("Farewell", [{ name: "phrase", target: str, default: "bye" }]);
  const Dialog = struct("Dialog", [
    { name: "language", target: str },
    { name: "greeting", target: str, default: "hi" },
    { name: "farewell", target: Farewell },
  ]);
  const Defaults = struct("Defaults", [
    { name: "defaultString", target: str, default: "hi" },
    { name: "defaultTimestamp", target: ts, default: 0 },
    { name: "defaultBlob", target: blob, default: "YWJj" },
    { name: "defaultList", target: list(str), default: [] },
    { name: "defaultDocumentMap", target: doc, default: {} },
    { name: "defaultNullDocument", target: doc, default: null },
    { name: "defaultDouble", target: dbl, default: 1.0 },
  ]);
  const Input = struct("Input", [
    { name: "defaults", target: Defaults },
    { name: "dialogs", target: list(Dialog) },
    { name: "topLevelDefault", target: str, default: "hi" },
  ]);

  it("fills defaults below the top level, not at the top level", () => {
    expect(serializeStructure(Input, { defaults: {} }, PLAIN, false, ALL)).toEqual({
      defaults: {
        defaultString: "hi",
        defaultTimestamp: 0,
        defaultBlob: "YWJj",
        defaultList: [],
        defaultDocumentMap: {},
        defaultDouble: 1,
      },
    });
  });

  it("fills nested defaults inside lists and keeps given values", () => {
    expect(
      serializeStructure(
        Input,
        { dialogs: [{}, { farewell: {} }, { language: "it", greeting: "ciao", farewell: { phrase: "arrivederci" } }] },
        PLAIN,
        false,
        ALL,
      ),
    ).toEqual({
      dialogs: [
        { greeting: "hi" },
        { greeting: "hi", farewell: { phrase: "bye" } },
        { language: "it", greeting: "ciao", farewell: { phrase: "arrivederci" } },
      ],
    });
  });
});
