import { describe, expect, it } from "vitest";
import { generate } from "../generate.js";
import type { AggregateShape } from "../model/shape.js";
import { fileOf, weatherFiles } from "./__fixtures__/weather-files.js";
import { WEATHER_SERVICE, weatherModel } from "./__fixtures__/weather-model.js";

describe("emitSchemas", () => {
  const text = fileOf(weatherFiles(), "src/schemas.ts");
  const declared = [...text.matchAll(/^export const (\w+\$)/gm)].map((m) => m[1] as string);

  it("imports the schema types and the error classes", () => {
    expect(text).toContain(
      'import type { ListSchema, MapSchema, OperationSchema, ScalarSchema, StructureSchema, UnionSchema } from "@slimsdk/runtime";\nimport { NotFoundException, ThrottlingException } from "./models/errors.js";\n',
    );
  });

  it("declares every schema after the schemas it refers to, and operations last", () => {
    for (const [i, name] of declared.entries()) {
      const body = text.slice(text.indexOf(`export const ${name}`)).split("\n\n")[0] as string;
      for (const ref of body.matchAll(/(?<![\w$]|=> )([A-Z]\w*\$)(?![\w$])/g)) {
        if (ref[1] === name) continue;
        expect(declared.indexOf(ref[1] as string), `${name} refers to ${ref[1]}`).toBeLessThan(i);
      }
    }
    expect(declared.slice(-3)).toEqual(["GetForecast$", "Ping$", "PutReading$"]);
  });

  it("breaks reference cycles with thunks, and only there", () => {
    expect([...text.matchAll(/\(\) => (\w+\$)/g)].map((m) => m[1])).toEqual(["Day$", "ForecastDetail$"]);
    expect(text).toContain('    { name: "next", target: () => Day$ },\n');
    expect(text).toContain('export const DetailList$: ListSchema = { k: "list", member: () => ForecastDetail$, sparse: true };\n');
  });

  it("emits scalar schemas with constraints, enum values and sensitivity", () => {
    expect(text).toContain('export const CityName$: ScalarSchema = { k: "string", c: { length: [1, 64], pattern: "^[A-Za-z ]+$" } };\n');
    expect(text).toContain('export const Status$: ScalarSchema = { k: "intEnum", values: [201, 202] };\n');
    expect(text).toContain('export const Text$: ScalarSchema = { k: "string", sensitive: true, c: { length: [1, undefined] } };\n');
    expect(text).toContain(
      'export const TagMap$: MapSchema = { k: "map", key: { k: "string" }, value: { k: "string" }, c: { length: [undefined, 10] } };\n',
    );
  });

  it("emits members with HTTP bindings, JSON names, timestamp formats, defaults and merged constraints", () => {
    expect(text).toContain(`export const GetForecastInput$: StructureSchema = {
  k: "structure",
  id: "example.weather#GetForecastInput",
  members: [
    { name: "city", target: CityName$, http: { in: "label" }, required: true },
    { name: "days", target: Days$, http: { in: "query", name: "days" }, default: 3 },
    { name: "units", target: Units$, http: { in: "header", name: "X-Units" } },
  ],
};
`);
    expect(text).toContain(
      '    { name: "token", target: { k: "string" }, http: { in: "header", name: "X-Token" }, required: true, idempotencyToken: true },\n',
    );
    expect(text).toContain('    { name: "takenAt", target: { k: "timestamp" }, jsonName: "taken_at", tf: "epoch-seconds" },\n');
    // The member's @length(max: 200) over the target's @length(min: 1), @sensitive from the target.
    expect(text).toContain('    { name: "text", target: Text$, sensitive: true, c: { length: [undefined, 200] } },\n');
    expect(text).toContain('  members: [{ name: "status", target: Status$, http: { in: "responseCode" } }],\n');
  });

  it("gives a @clientOptional member no default: clients neither send nor fill it", () => {
    const model = weatherModel();
    const id = "example.weather#GetForecastInput";
    const input = model.shapes.get(id) as AggregateShape;
    const days = input.members.get("days")!;
    const members = new Map(input.members).set("days", { ...days, traits: new Map(days.traits).set("smithy.api#clientOptional", {}) });
    const shapes = new Map(model.shapes).set(id, { ...input, members });
    const files = generate({ metadata: model.metadata, shapes }, { clients: [{ service: WEATHER_SERVICE, package: "@x/w", dir: "w" }] });
    expect(files.find((f) => f.path === "w/src/schemas.ts")!.content).toContain(
      '    { name: "days", target: Days$, http: { in: "query", name: "days" } },\n',
    );
  });

  it("prefers an HTTP label over a host label for the same member", () => {
    expect(text).toContain('    { name: "station", target: { k: "string" }, http: { in: "label", greedy: true }, required: true },\n');
  });

  it("emits operation schemas with error tables and protocol facts", () => {
    expect(text).toContain(`export const PutReading$: OperationSchema = {
  name: "PutReading",
  input: PutReadingInput$,
  output: PutReadingOutput$,
  errors: [{ schema: ThrottlingException$, ctor: ThrottlingException, fault: "client", status: 429 }],
  http: { method: "PUT", uri: "/readings/{station+}", code: 201 },
  hostPrefix: "{station}.",
  checksumRequired: true,
  compression: ["gzip"],
};
`);
    expect(text).toContain(`  input: { k: "structure", id: "smithy.api#Unit", members: [] },\n`);
  });

  it("leaves out HTTP bindings and JSON names for awsJson1_0, but keeps host labels", () => {
    const json = fileOf(weatherFiles("awsJson1_0"), "src/schemas.ts");
    expect(json).not.toContain("jsonName");
    expect(json).not.toContain('in: "label"');
    expect(json).not.toContain("http: { method");
    expect(json).toContain('    { name: "station", target: { k: "string" }, http: { in: "hostLabel" }, required: true },\n');
  });
});
