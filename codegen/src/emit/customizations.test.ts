import { describe, expect, it } from "vitest";
import { generate } from "../generate.js";
import type { Model, Node, OperationShape, ServiceShape } from "../model/shape.js";
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
    ["Machine Learning", "addMachineLearningCustomizations"],
  ])("adds the service customizations of %s", (sdkId, fn) => {
    const body = constructorOf(variant({ "aws.api#service": { sdkId, endpointPrefix: "x" } }));
    expect(body).toContain(`    ${fn}(this.middlewareStack);\n`);
  });
});
