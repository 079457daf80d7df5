import { describe, expect, it } from "vitest";
import { ModelBuilder } from "./__fixtures__/model-builder.js";
import { WEATHER_SERVICE, weatherModel } from "./__fixtures__/weather-model.js";
import { clientPrefix, createServiceContext, GenerateError } from "./service-context.js";

const options = { service: WEATHER_SERVICE, package: "@x/weather", dir: "packages/weather" };

describe("clientPrefix", () => {
  it.each([
    ["WellArchitected", "WellArchitected"],
    ["Proton", "Proton"],
    ["imagebuilder", "Imagebuilder"],
    ["CodeGuruProfiler", "CodeGuruProfiler"],
    ["Rest Json Protocol", "RestJsonProtocol"],
    ["elastic-load-balancing v2", "Elasticloadbalancingv2"],
  ])("%s → %s", (sdkId, prefix) => {
    expect(clientPrefix(sdkId)).toBe(prefix);
  });

  it("rejects an sdkId that gives no class name", () => {
    expect(() => clientPrefix("42")).toThrow(GenerateError);
  });
});

describe("createServiceContext", () => {
  const ctx = createServiceContext(weatherModel(), options);

  it("reads the service's identity and protocol", () => {
    expect(ctx.sdkId).toBe("Weather Service");
    expect(ctx.prefix).toBe("WeatherService");
    expect(ctx.protocol.trait).toBe("aws.protocols#restJson1");
    expect(ctx.operations.map((o) => o.id)).toEqual(["example.weather#GetForecast", "example.weather#Ping", "example.weather#PutReading"]);
  });

  it("collects the shapes the operations reach, and no prelude, mixin or unused shape", () => {
    const ids = [...ctx.shapes.keys()];
    expect(ids).toContain("example.weather#Detail");
    expect(ids).toContain("example.weather#ThrottlingException");
    expect(ids.some((id) => id.startsWith("smithy.api#"))).toBe(false);
    expect(ids).not.toContain("example.weather#UnusedShape");
    expect(ids).not.toContain("example.weather#MixinShape");
  });

  it("knows which shapes are sent and which received", () => {
    expect(ctx.inputReach.has("example.weather#PutReadingInput")).toBe(true);
    expect(ctx.outputReach.has("example.weather#PutReadingInput")).toBe(false);
    expect(ctx.outputReach.has("example.weather#NotFoundException")).toBe(true);
  });

  it("applies the service's rename map", () => {
    expect(ctx.nameOf("example.weather#Detail")).toBe("ForecastDetail");
    expect(ctx.nameOf("example.weather#Forecast")).toBe("Forecast");
  });

  it("lists an operation's errors, then the service's", () => {
    const op = ctx.operations[0]!;
    expect(ctx.errorsOf(op)).toEqual(["example.weather#NotFoundException", "example.weather#ThrottlingException"]);
  });

  it("names the model files of shapes", () => {
    expect(ctx.sourcesOf(["example.weather#Forecast", "smithy.api#String"])).toEqual(["model/weather/main.smithy"]);
  });
});

describe("operations bound through resources", () => {
  it("are collected once, with those of child resources, sorted by name", () => {
    const b = new ModelBuilder().service("S", { operations: ["Zap"], resources: ["City"] }, { "aws.protocols#awsJson1_0": {} });
    b.resource("City", { read: "GetCity", create: "CreateCity", operations: ["Zap"], resources: ["Station"] });
    b.resource("Station", { read: "GetStation" });
    for (const op of ["Zap", "GetCity", "CreateCity", "GetStation"]) b.operation(op, {});
    const ctx = createServiceContext(b.build(), { ...options, service: "example.weather#S" });
    expect(ctx.operations.map((o) => o.id.split("#")[1])).toEqual(["CreateCity", "GetCity", "GetStation", "Zap"]);
  });
});

describe("createServiceContext errors", () => {
  it("names the services the model has when the configured one is missing", () => {
    expect(() => createServiceContext(weatherModel(), { ...options, service: "example.weather#Nope" })).toThrow(
      'Service "example.weather#Nope" is not in the model. Services in the model: example.weather#WeatherService.',
    );
  });

  it("rejects a shape that is not a service", () => {
    expect(() => createServiceContext(weatherModel(), { ...options, service: "example.weather#Forecast" })).toThrow(
      /is a structure, not a service/,
    );
  });

  it("rejects a service without a supported protocol", () => {
    const model = new ModelBuilder().service("S", { operations: [] }, { "aws.protocols#restXml": {} }).build();
    expect(() => createServiceContext(model, { ...options, service: "example.weather#S" })).toThrow(/no supported protocol trait/);
  });

  it("rejects two shapes that would get the same name", () => {
    const model = new ModelBuilder()
      .service("S", { operations: ["Op"] }, { "aws.protocols#awsJson1_0": {} })
      .operation("Op", { input: "OpInput" })
      .structure("OpInput", { a: "Thing", b: "other.ns#Thing" })
      .structure("Thing", {})
      .structure("other.ns#Thing", {})
      .build();
    expect(() => createServiceContext(model, { ...options, service: "example.weather#S" })).toThrow(
      /"example.weather#Thing" and "other.ns#Thing" .* both generate the name "Thing"; add a rename/,
    );
  });

  it("reports a member target that the model lacks", () => {
    const model = new ModelBuilder()
      .service("S", { operations: ["Op"] }, { "aws.protocols#awsJson1_0": {} })
      .operation("Op", { input: "OpInput" })
      .structure("OpInput", { a: "Missing" })
      .build();
    expect(() => createServiceContext(model, { ...options, service: "example.weather#S" })).toThrow(
      'Shape "example.weather#Missing" is referenced but not defined.',
    );
  });
});
