import { describe, expect, it } from "vitest";
import { generate } from "../generate.js";
import type { AggregateShape, Model } from "../model/shape.js";
import { ModelBuilder } from "./__fixtures__/model-builder.js";
import { WEATHER_SERVICE, type WeatherProtocol, weatherModel } from "./__fixtures__/weather-model.js";
import { PROTOCOLS, protocolOf } from "./protocols.js";
import { createServiceContext } from "./service-context.js";

describe("the protocol table", () => {
  it("has one row per protocol trait, named after the trait's shape, with a codec and a factory", () => {
    expect(PROTOCOLS.map((p) => p.trait)).toEqual(["aws.protocols#restJson1", "aws.protocols#awsJson1_0", "aws.protocols#awsJson1_1"]);
    for (const p of PROTOCOLS) {
      expect(p.name).toBe(p.trait.slice(p.trait.indexOf("#") + 1));
      expect(new Set(p.features.map((f) => f.key)).size, p.name).toBe(p.features.length);
    }
  });

  it("picks the first row whose trait the service has", () => {
    const both = new ModelBuilder()
      .service("S", { operations: [] }, { "aws.protocols#awsJson1_1": {}, "aws.protocols#restJson1": {} })
      .build()
      .shapes.get("example.weather#S");
    expect(both?.type === "service" && protocolOf(both).name).toBe("restJson1");
  });

  it("names every supported trait when a service has none of them", () => {
    const model = new ModelBuilder().service("S", { operations: [] }, { "aws.protocols#restXml": {} }).build();
    expect(() => createServiceContext(model, { service: "example.weather#S", package: "@x/s", dir: "s" })).toThrow(
      'Service "example.weather#S" has no supported protocol trait (one of aws.protocols#restJson1, aws.protocols#awsJson1_0, aws.protocols#awsJson1_1).',
    );
  });
});

/** The generated `service.ts` of the model. */
function serviceFile(model: Model): string {
  const files = generate(model, { clients: [{ service: WEATHER_SERVICE, package: "@x/w", dir: "w" }] });
  return files.find((f) => f.path === "w/src/service.ts")!.content;
}

/** The weather model with GetForecastOutput's payload member targeting `target`. */
function payloadTargeting(target: string): Model {
  const model = weatherModel();
  const shapes = new Map(model.shapes);
  const id = "example.weather#GetForecastOutput";
  const output = model.shapes.get(id) as AggregateShape;
  const members = new Map(output.members);
  members.set("forecast", { ...members.get("forecast")!, target });
  shapes.set(id, { ...output, members });
  return { metadata: model.metadata, shapes };
}

describe("restJson1 codec features", () => {
  it("builds the codec with header bindings only, when no payload is raw", () => {
    const file = serviceFile(weatherModel());
    expect(file).toContain(
      "  protocol: /* @__PURE__ */ restJson1With({\n    headers: restJsonHeaders,\n    blobs: jsonBlobs,\n    timestamps: jsonTimestamps,\n    collections: jsonCollections,\n  }),\n",
    );
    expect(file).toContain(
      'import { jsonBlobs, jsonCollections, jsonTimestamps, restJson1With, restJsonHeaders, type ServiceSchema } from "@slimsdk/runtime";',
    );
  });

  it("adds raw payloads when a payload targets a blob", () => {
    expect(serviceFile(payloadTargeting("smithy.api#Blob"))).toContain(
      "  protocol: /* @__PURE__ */ restJson1With({\n    headers: restJsonHeaders,\n    payloads: restJsonRawPayloads,\n    blobs: jsonBlobs,\n    timestamps: jsonTimestamps,\n    collections: jsonCollections,\n  }),\n",
    );
  });

  it.each(["awsJson1_0", "awsJson1_1"] as const)("uses the prebuilt %s when every feature is needed", (protocol) => {
    const file = serviceFile(weatherModel(protocol));
    expect(file).toContain(`  protocol: ${protocol},\n`);
    expect(file).toContain(`import { ${protocol}, type ServiceSchema } from "@slimsdk/runtime";`);
    expect(file).toContain(`What the client and the ${protocol} codec need to know about Example Weather.`);
  });
});

/** The weather model without the given members (by shape id), to take blobs or timestamps out of its reach. */
function without(removals: Record<string, readonly string[]>, protocol?: WeatherProtocol): Model {
  const model = protocol ? weatherModel(protocol) : weatherModel();
  const shapes = new Map(model.shapes);
  for (const [name, names] of Object.entries(removals)) {
    const id = `example.weather#${name}`;
    const shape = model.shapes.get(id) as AggregateShape;
    shapes.set(id, { ...shape, members: new Map([...shape.members].filter(([n]) => !names.includes(n))) });
  }
  return { metadata: model.metadata, shapes };
}

const TIMESTAMPS = { PutReadingInput: ["takenAt"], Forecast: ["issuedAt"], Day: ["date"] } as const;
const BLOBS = { PutReadingInput: ["raw"], Sky: ["picture"] } as const;

describe("JSON value codec features", () => {
  it("finds a blob deep in an output (a union member of a list item) and leaves timestamps out when none is reached", () => {
    expect(serviceFile(without(TIMESTAMPS))).toContain(
      "  protocol: /* @__PURE__ */ restJson1With({ headers: restJsonHeaders, blobs: jsonBlobs, collections: jsonCollections }),\n",
    );
  });

  it("leaves blobs out when no blob is reached", () => {
    expect(serviceFile(without(BLOBS))).toContain(
      "  protocol: /* @__PURE__ */ restJson1With({ headers: restJsonHeaders, timestamps: jsonTimestamps, collections: jsonCollections }),\n",
    );
  });

  it.each([
    ["awsJson1_0", "1.0"],
    ["awsJson1_1", "1.1"],
  ] as const)("builds %s with only what its shapes use", (protocol, version) => {
    const both = {
      PutReadingInput: [...TIMESTAMPS.PutReadingInput, ...BLOBS.PutReadingInput],
      Forecast: ["issuedAt"],
      Day: ["date"],
      Sky: ["picture"],
    };
    const file = serviceFile(without(both, protocol));
    expect(file).toContain(`  protocol: /* @__PURE__ */ awsJsonWith("${version}", { collections: jsonCollections }),\n`);
    expect(file).toContain('import { awsJsonWith, jsonCollections, type ServiceSchema } from "@slimsdk/runtime";');
    expect(serviceFile(without(BLOBS, protocol))).toContain(
      `  protocol: /* @__PURE__ */ awsJsonWith("${version}", { timestamps: jsonTimestamps, collections: jsonCollections }),\n`,
    );
  });

  it("leaves collections out when no list or map is reached, down to an empty feature set", () => {
    const none = {
      PutReadingInput: ["takenAt", "raw", "tags"],
      Forecast: ["issuedAt", "days"],
      Detail: ["children"],
    };
    const file = serviceFile(without(none, "awsJson1_1"));
    expect(file).toContain('  protocol: /* @__PURE__ */ awsJsonWith("1.1", {}),\n');
    expect(file).toContain('import { awsJsonWith, type ServiceSchema } from "@slimsdk/runtime";');
  });
});
