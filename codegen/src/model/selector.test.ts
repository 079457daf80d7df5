import { describe, expect, test } from "vitest";
import { type SelectorEdge, type SelectorGraph, selectorMatches } from "./selector.js";
import type { ShapeType } from "./shape.js";

/**
 * A small model: structure S { s: Str, n: Int, l: L, f: F } with @error on S and @required on S$s,
 * list L { member: Str }, list FL { member: F }, map M { key: Str, value: Str } with @sparse,
 * enum E, float F, service Svc { operations: [Op] }, operation Op { input: S, errors: [S] },
 * resource R { put: Op }, and an unbound operation Lone.
 */
const types: Record<string, ShapeType> = {
  "ex#S": "structure",
  "ex#L": "list",
  "ex#FL": "list",
  "ex#M": "map",
  "ex#Str": "string",
  "ex#Int": "integer",
  "ex#F": "float",
  "ex#E": "enum",
  "ex#Svc": "service",
  "ex#Op": "operation",
  "ex#Lone": "operation",
  "ex#R": "resource",
};
const targets: Record<string, string> = {
  "ex#S$s": "ex#Str",
  "ex#S$n": "ex#Int",
  "ex#S$l": "ex#L",
  "ex#S$f": "ex#F",
  "ex#L$member": "ex#Str",
  "ex#FL$member": "ex#F",
  "ex#M$key": "ex#Str",
  "ex#M$value": "ex#Str",
};
const bindings: Record<string, SelectorEdge[]> = {
  "ex#Svc": [{ rel: "operation", to: "ex#Op" }],
  "ex#Op": [
    { rel: "input", to: "ex#S" },
    { rel: "output", to: "smithy.api#Unit" },
    { rel: "error", to: "ex#S" },
  ],
  "ex#R": [{ rel: "put", to: "ex#Op" }],
};
const traits: Record<string, Record<string, string | undefined>> = {
  "ex#S": { "smithy.api#error": "client" },
  "ex#S$s": { "smithy.api#required": undefined },
  "ex#M": { "smithy.api#sparse": undefined },
  "ex#Svc": { "aws.auth#sigv4": undefined },
};
const graph: SelectorGraph = {
  ids: () => [...Object.keys(types), ...Object.keys(targets)],
  typeOf: (id) => (id.includes("$") ? (id in targets ? "member" : undefined) : types[id]),
  edges: (id) => {
    const target = targets[id];
    if (target) return [{ rel: "target", to: target }];
    return [
      ...Object.keys(targets)
        .filter((m) => m.startsWith(`${id}$`))
        .map((to) => ({ rel: "member", to })),
      ...(bindings[id] ?? []),
    ];
  },
  trait: (id, traitId) => {
    const on = traits[id];
    if (!on || !(traitId in on)) return undefined;
    return { text: on[traitId], key: () => undefined };
  },
};
const at = (id: string) => ({ id, type: graph.typeOf(id) ?? "structure", graph });

describe("selectorMatches", () => {
  test.each([
    // Shape types and the > neighbour
    ["structure > member", "ex#S$s", true],
    ["structure > member", "ex#L$member", false],
    ["structure > member", "ex#S", false],
    ["operation", "ex#Op", true],
    ["*", "ex#S$s", true],
    ["string", "ex#E", true],
    ["number", "ex#F", true],
    ["simpleType", "ex#E", true],
    ["collection", "ex#L", true],
    ["dataType", "ex#S$s", true],
    ["dataType", "ex#Svc", false],
    // :test, :is, :not
    [":test(string, member > string)", "ex#S$s", true],
    [":test(string, member > string)", "ex#S$n", false],
    [":test(string, member > string)", "ex#E", true],
    [":test(number, member > number)", "ex#S$n", true],
    [":is(simpleType, list, map, structure > member :test(> :is(simpleType, list, map)))", "ex#S$l", true],
    [":is(simpleType, list, map, structure > member :test(> :is(simpleType, list, map)))", "ex#Op", false],
    [":is(service, operation)", "ex#S", false],
    [":not(member)", "ex#S", true],
    [":not(member)", "ex#S$s", false],
    [":not(:test(service, operation, resource, member))", "ex#S", true],
    ["structure > :test(member > :test(boolean, number, string, timestamp, list > member > :test(string)))", "ex#S$l", true],
    ["string :not(enum)", "ex#E", false],
    ["string :not(enum)", "ex#Str", true],
    // Attribute selectors
    ["structure[trait|error]", "ex#S", true],
    ["structure[trait|smithy.api#error]", "ex#S", true],
    ["[trait|error]", "ex#Op", false],
    ["[trait|error=client]", "ex#S", true],
    ['[trait|error="server"]', "ex#S", false],
    ["[trait|error^=cl]", "ex#S", true],
    ["[trait|error=CLIENT i]", "ex#S", true],
    ["[trait|error!=server]", "ex#S", true],
    ["structure > :test(member[trait|required] > string)", "ex#S$s", true],
    ["structure > :test(member[trait|required] > string)", "ex#S$n", false],
    ["[id=smithy.api#Unit]", "ex#S", false],
    ["[id|member=value]", "ex#M$value", true],
    ["[id|member=value]", "ex#M$key", false],
    ["[id|name=S]", "ex#S", true],
    ["[id|namespace=ex]", "ex#Op", true],
    ["service[trait|aws.auth#sigv4]", "ex#Svc", true],
    // @httpPrefixHeaders-style: a map that is not @sparse
    ["structure > member :test(> map :not([trait|sparse]) > member[id|member=value] > string)", "ex#S$s", false],
    // Relationships, reverse and recursive neighbours
    ["resource:test(-[put]->)", "ex#R", true],
    ["resource:test(-[put]->)", "ex#S", false],
    ["operation -[input, output]-> structure > member", "ex#S$n", true],
    ["operation -[output]-> structure > member", "ex#S$n", false],
    [":test(-[error]->)", "ex#Op", true],
    ["operation :not(< service)", "ex#Op", false],
    ["operation :not(< service)", "ex#Lone", true],
    ["service ~> member", "ex#S$f", true],
    ["service ~> member", "ex#FL$member", false],
    ["list :not(> member ~> :is(float, double, document))", "ex#L", true],
    ["list :not(> member ~> :is(float, double, document))", "ex#FL", false],
    ["member <~ service", "ex#S$s", false],
    ["structure <-[input]- operation", "ex#S", false],
    ["operation <-[put]- resource", "ex#Op", false],
    ["structure :test(<-[input]- operation)", "ex#S", true],
  ] as const)("%s on %s is %s", (selector, id, expected) => {
    expect(selectorMatches(selector, at(id))).toBe(expected);
  });

  test.each([
    ["structure > member :test(@{trait|x} = 1)", "ex#S$s"],
    [":each(structure)", "ex#S"],
    ["set", "ex#L"],
    ["structure > [trait|x", "ex#S$s"],
    ["unknownType", "ex#S"],
  ])("cannot tell %s on %s, so it does not reject", (selector, id) => {
    expect(selectorMatches(selector, at(id))).toBeUndefined();
  });
});
