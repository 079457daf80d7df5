/**
 * Our hand-written models against the models AWS publishes today (../shared/aws-models): for each of
 * the five operations, every shape the published operation reaches (input, output, errors, at any
 * depth) must exist in ours with the same members, targets and wire-relevant traits, so the clients
 * reach what the real services accept and return. Representation-only differences are allowed: a
 * published `string` with `@enum` may be an `enum` shape here, and `@input`/`@output` may be added.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadModelFromPaths, toJsonAst } from "@slimsdk/codegen";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const published = join(root, "..", "shared", "aws-models");

/** The five operations and the published model of each. */
const OPERATIONS = [
  { id: "com.amazonaws.wellarchitected#UpgradeProfileVersion", file: "wellarchitected-2020-03-31.json" },
  { id: "com.amazonaws.wellarchitected#CreateWorkloadShare", file: "wellarchitected-2020-03-31.json" },
  { id: "com.amazonaws.proton#UpdateEnvironment", file: "proton-2020-07-20.json" },
  { id: "com.amazonaws.imagebuilder#StartResourceStateUpdate", file: "imagebuilder-2019-12-02.json" },
  { id: "com.amazonaws.codeguruprofiler#CreateProfilingGroup", file: "codeguruprofiler-2019-07-18.json" },
] as const;

/** Traits that change what is valid or how it is sent; documentation, examples and references do not. */
const WIRE_TRAITS = [
  "smithy.api#required",
  "smithy.api#default",
  "smithy.api#length",
  "smithy.api#range",
  "smithy.api#pattern",
  "smithy.api#idempotencyToken",
  "smithy.api#idempotent",
  "smithy.api#http",
  "smithy.api#httpLabel",
  "smithy.api#httpQuery",
  "smithy.api#httpHeader",
  "smithy.api#httpPayload",
  "smithy.api#httpError",
  "smithy.api#error",
  "smithy.api#retryable",
  "smithy.api#jsonName",
  "smithy.api#timestampFormat",
  "smithy.api#sensitive",
  "smithy.api#mediaType",
  "smithy.api#sparse",
];

type Traits = Readonly<Record<string, unknown>> | undefined;
/** The parts of a JSON AST shape this comparison reads. */
interface AstShape {
  readonly type: string;
  readonly traits?: Traits;
  readonly members?: Readonly<Record<string, { readonly target: string; readonly traits?: Traits }>>;
  readonly input?: { readonly target: string };
  readonly output?: { readonly target: string };
  readonly errors?: readonly { readonly target: string }[];
}
type Shapes = Readonly<Record<string, AstShape>>;

const ours = toJsonAst(loadModelFromPaths([join(root, "model")])).shapes as unknown as Shapes;
const models = new Map<string, Shapes>();
const publishedShapes = (file: string): Shapes => {
  let shapes = models.get(file);
  if (!shapes) {
    shapes = (JSON.parse(readFileSync(join(published, file), "utf8")) as { shapes: Shapes }).shapes;
    models.set(file, shapes);
  }
  return shapes;
};

/** The wire-relevant traits of a shape or member, comparable as JSON. */
const wire = (traits: Traits): Record<string, unknown> =>
  Object.fromEntries(WIRE_TRAITS.filter((t) => traits?.[t] !== undefined).map((t) => [t, traits![t]]));

/** The enum values of a shape in either representation (`enum` shape, or `string` with `@enum`), or undefined. */
function enumValues(shape: AstShape): string[] | undefined {
  if (shape.type === "enum") {
    return Object.entries(shape.members ?? {}).map(([name, m]) => String(m.traits?.["smithy.api#enumValue"] ?? name));
  }
  const list = shape.traits?.["smithy.api#enum"] as { value: string }[] | undefined;
  return list?.map((e) => e.value);
}

/** Every difference between the published shape graph from `id` and ours, as readable lines. */
function differences(id: string, theirs: Shapes): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (shapeId: string): void => {
    if (seen.has(shapeId) || shapeId.startsWith("smithy.api#")) return;
    seen.add(shapeId);
    const p = theirs[shapeId];
    const o = ours[shapeId];
    if (!p) return;
    if (!o) {
      out.push(`${shapeId}: missing`);
      return;
    }
    const values = enumValues(p);
    if (values) {
      expect.soft(enumValues(o)?.sort(), `${shapeId} enum values`).toEqual(values.sort());
      return;
    }
    if (o.type !== p.type) out.push(`${shapeId}: type ${o.type}, published ${p.type}`);
    if (o.type !== "service" && JSON.stringify(wire(o.traits)) !== JSON.stringify(wire(p.traits))) {
      out.push(`${shapeId}: traits ${JSON.stringify(wire(o.traits))}, published ${JSON.stringify(wire(p.traits))}`);
    }
    for (const [name, pm] of Object.entries(p.members ?? {})) {
      const om = o.members?.[name];
      if (!om) out.push(`${shapeId}$${name}: missing`);
      else {
        if (om.target !== pm.target) out.push(`${shapeId}$${name}: target ${om.target}, published ${pm.target}`);
        const [a, b] = [JSON.stringify(wire(om.traits)), JSON.stringify(wire(pm.traits))];
        if (a !== b) out.push(`${shapeId}$${name}: traits ${a}, published ${b}`);
      }
      visit(pm.target);
    }
    for (const name of Object.keys(o.members ?? {})) if (!p.members?.[name]) out.push(`${shapeId}$${name}: not published`);
    for (const ref of [p.input, p.output, ...(p.errors ?? [])]) if (ref) visit(ref.target);
  };
  visit(id);
  return out;
}

describe.each(OPERATIONS)("$id against the published model", ({ id, file }) => {
  it("reaches the same shapes, members, targets and wire traits", () => {
    expect(differences(id, publishedShapes(file))).toEqual([]);
  });
});

describe("the comparison itself", () => {
  it("reports a member the published model has and ours lacks", () => {
    const theirs = publishedShapes("proton-2020-07-20.json");
    const env = theirs["com.amazonaws.proton#Environment"]!;
    const extra = { ...env, members: { ...env.members, newMember: { target: "smithy.api#String" } } };
    const changed: Shapes = { ...theirs, "com.amazonaws.proton#Environment": extra };
    expect(differences("com.amazonaws.proton#UpdateEnvironment", changed)).toEqual(["com.amazonaws.proton#Environment$newMember: missing"]);
  });
});
