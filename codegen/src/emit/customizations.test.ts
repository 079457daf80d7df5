import { describe, expect, it } from "vitest";
import { generate } from "../generate.js";
import type { AggregateShape, Model, Node, OperationShape, ServiceShape } from "../model/shape.js";
import { WEATHER_SERVICE, weatherModel } from "./__fixtures__/weather-model.js";

/** The weather model with extra traits on the service, and the traits of PutReading replaced. */
function variant(serviceTraits: Record<string, Node>, putReadingTraits?: Record<string, Node>): Model {
  const model = weatherModel();
  const shapes = new Map(model.shapes);
  const service = model.shapes.get(WEATHER_SERVICE) as ServiceShape;
  shapes.set(WEATHER_SERVICE, { ...service, traits: new Map([...service.traits, ...Object.entries(serviceTraits)]) });
  if (putReadingTraits) {
    const id = "example.weather#PutReading";
    const op = model.shapes.get(id) as OperationShape;
    shapes.set(id, { ...op, traits: new Map(Object.entries(putReadingTraits)) });
  }
  return { metadata: model.metadata, shapes };
}

/** The constructor body of the generated client. */
function constructorOf(model: Model): string {
  const files = generate(model, { clients: [{ service: WEATHER_SERVICE, package: "@x/w", dir: "w" }] });
  const client = files.find((f) => /^w\/src\/\w+Client\.ts$/.test(f.path))!.content;
  return client.slice(client.indexOf("  constructor("), client.lastIndexOf("  }"));
}

describe("client features", () => {
  it("adds nothing when no operation needs a feature", () => {
    const http = { method: "PUT", uri: "/readings/{station+}", code: 201 };
    expect(constructorOf(variant({}, { "smithy.api#http": http }))).toBe(
      "  constructor(config: WeatherServiceClientConfig = {}) {\n    super(config, WeatherService$service);\n",
    );
  });

  it("adds query compatibility to @awsQueryCompatible services", () => {
    expect(constructorOf(variant({ "aws.protocols#awsQueryCompatible": {} }))).toContain(
      "    addQueryCompatibility(this.middlewareStack);\n",
    );
  });

  it.each([
    ["API Gateway", "addApiGatewayCustomizations"],
    ["Glacier", "addGlacierCustomizations"],
  ])("adds the service customizations of %s", (sdkId, fn) => {
    const body = constructorOf(variant({ "aws.api#service": { sdkId, endpointPrefix: "x" } }));
    expect(body).toContain(`    ${fn}(this.middlewareStack);\n`);
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

  it("leaves awsJson1_0 as it is", () => {
    expect(serviceFile(weatherModel("awsJson1_0"))).toContain("  protocol: awsJson1_0,\n");
  });
});

/** The weather model without the given members (by shape id), to take blobs or timestamps out of its reach. */
function without(removals: Record<string, readonly string[]>, protocol?: "awsJson1_0"): Model {
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

  it("builds awsJson1_0 with only what its shapes use", () => {
    const both = {
      PutReadingInput: [...TIMESTAMPS.PutReadingInput, ...BLOBS.PutReadingInput],
      Forecast: ["issuedAt"],
      Day: ["date"],
      Sky: ["picture"],
    };
    const file = serviceFile(without(both, "awsJson1_0"));
    expect(file).toContain("  protocol: /* @__PURE__ */ awsJson1_0With({ collections: jsonCollections }),\n");
    expect(file).toContain('import { awsJson1_0With, jsonCollections, type ServiceSchema } from "@slimsdk/runtime";');
    expect(serviceFile(without(BLOBS, "awsJson1_0"))).toContain(
      "  protocol: /* @__PURE__ */ awsJson1_0With({ timestamps: jsonTimestamps, collections: jsonCollections }),\n",
    );
  });

  it("leaves collections out when no list or map is reached, down to an empty feature set", () => {
    const none = {
      PutReadingInput: ["takenAt", "raw", "tags"],
      Forecast: ["issuedAt", "days"],
      Detail: ["children"],
    };
    const file = serviceFile(without(none, "awsJson1_0"));
    expect(file).toContain("  protocol: /* @__PURE__ */ awsJson1_0With({}),\n");
    expect(file).toContain('import { awsJson1_0With, type ServiceSchema } from "@slimsdk/runtime";');
  });
});
