import { describe, expect, test } from "vitest";
import { type SelectorGraph, selectorMatches } from "./selector.js";
import type { ShapeType } from "./shape.js";

/** A tiny graph: structure S { s: String, n: Integer, l: L }, list L { member: String }, enum E, operation Op. */
const types: Record<string, ShapeType> = {
  "ex#S": "structure",
  "ex#L": "list",
  "ex#Str": "string",
  "ex#Int": "integer",
  "ex#E": "enum",
  "ex#Op": "operation",
  "ex#R": "resource",
};
const targets: Record<string, string> = { "ex#S$s": "ex#Str", "ex#S$n": "ex#Int", "ex#S$l": "ex#L", "ex#L$member": "ex#Str" };
const graph: SelectorGraph = {
  typeOf: (id) => (id.includes("$") ? "member" : types[id]),
  membersOf: (id) => Object.keys(targets).filter((m) => m.startsWith(`${id}$`)),
  targetOf: (id) => targets[id],
};
const at = (id: string) => ({ id, type: graph.typeOf(id) ?? "structure", graph });

describe("selectorMatches", () => {
  test.each([
    ["structure > member", "ex#S$s", true],
    ["structure > member", "ex#L$member", false],
    ["structure > member", "ex#S", false],
    [":test(string, member > string)", "ex#S$s", true],
    [":test(string, member > string)", "ex#S$n", false],
    [":test(string, member > string)", "ex#E", true],
    [":test(number, member > number)", "ex#S$n", true],
    [":is(simpleType, list, map, structure > member :test(> :is(simpleType, list, map)))", "ex#S$l", true],
    [":is(simpleType, list, map, structure > member :test(> :is(simpleType, list, map)))", "ex#Op", false],
    ["operation", "ex#Op", true],
    [":is(service, operation)", "ex#S", false],
    [":not(member)", "ex#S", true],
    [":not(member)", "ex#S$s", false],
    ["structure > :test(member > :test(boolean, number, string, timestamp, list > member > :test(string)))", "ex#S$l", true],
    ["string :not(enum)", "ex#E", false],
    ["resource:test(-[put]->)", "ex#S", false],
    ["*", "ex#S$s", true],
  ] as const)("%s on %s is %s", (selector, id, expected) => {
    expect(selectorMatches(selector, at(id))).toBe(expected);
  });

  test.each([
    ["structure[trait|error]", "ex#S"],
    ["resource:test(-[put]->)", "ex#R"],
    ["dataType :not([trait|input])", "ex#S"],
    ["list :not(> member ~> :is(float, double))", "ex#L"],
  ])("cannot tell %s on %s, so it does not reject", (selector, id) => {
    expect(selectorMatches(selector, at(id))).toBeUndefined();
  });
});
