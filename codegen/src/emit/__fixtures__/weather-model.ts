/** A small restJson1 service that uses most features the emitters handle, built without the loader. */
import type { Model } from "../../model/shape.js";
import { ModelBuilder } from "./model-builder.js";

/** The protocol traits (`aws.protocols#<name>`) the weather model can be built with. */
export type WeatherProtocol = "restJson1" | "awsJson1_0" | "awsJson1_1";

/** The service id of the weather model. */
export const WEATHER_SERVICE = "example.weather#WeatherService";

/** Builds the weather model; `protocol` picks the protocol trait of the service. */
export function weatherModel(protocol: WeatherProtocol = "restJson1"): Model {
  const b = new ModelBuilder("example.weather", "model/weather/main.smithy");
  b.service(
    "WeatherService",
    {
      version: "2024-05-01",
      operations: ["GetForecast", "PutReading", "Ping"],
      errors: ["ThrottlingException"],
      rename: { "example.weather#Detail": "ForecastDetail" },
    },
    {
      "aws.api#service": { sdkId: "Weather Service", endpointPrefix: "weather" },
      "aws.auth#sigv4": { name: "weather" },
      [`aws.protocols#${protocol}`]: {},
      title: "Example Weather",
      documentation: "<p>Forecasts and readings for <b>cities</b>.</p>",
    },
  );
  b.operation(
    "GetForecast",
    { input: "GetForecastInput", output: "GetForecastOutput", errors: ["NotFoundException"] },
    { http: { method: "GET", uri: "/cities/{city}/forecast", code: 200 }, readonly: {}, documentation: "Gets the forecast of a city." },
  );
  b.operation(
    "PutReading",
    { input: "PutReadingInput", output: "PutReadingOutput" },
    {
      http: { method: "PUT", uri: "/readings/{station+}", code: 201 },
      idempotent: {},
      httpChecksumRequired: {},
      requestCompression: { encodings: ["gzip"] },
      endpoint: { hostPrefix: "{station}." },
      documentation: "Stores a reading. Use <code>*/</code> with care.",
    },
  );
  b.operation("Ping", {}, { http: { method: "POST", uri: "/ping", code: 204 } });

  b.structure(
    "GetForecastInput",
    {
      city: ["CityName", { required: {}, httpLabel: {}, documentation: "The city." }],
      days: ["Days", { httpQuery: "days", default: 3 }],
      units: ["Units", { httpHeader: "X-Units" }],
    },
    { input: {} },
  );
  b.structure(
    "GetForecastOutput",
    {
      forecast: ["Forecast", { required: {}, httpPayload: {} }],
    },
    { output: {} },
  );
  b.structure(
    "PutReadingInput",
    {
      station: ["String", { required: {}, httpLabel: {}, hostLabel: {} }],
      token: ["String", { idempotencyToken: {}, required: {}, httpHeader: "X-Token" }],
      takenAt: ["Timestamp", { timestampFormat: "epoch-seconds", jsonName: "taken_at" }],
      raw: ["Blob", {}],
      meta: ["Document", {}],
      tags: ["TagMap", {}],
      "x-legacy": ["String", { deprecated: { message: "Use tags." } }],
    },
    { input: {} },
  );
  b.structure("PutReadingOutput", { status: ["Status", { httpResponseCode: {} }] }, { output: {} });
  b.structure(
    "Forecast",
    {
      city: ["CityName", { required: {} }],
      days: ["DayList", { required: {} }],
      detail: "Detail",
      issuedAt: "Timestamp",
    },
    { documentation: "A forecast." },
  );
  b.list("DayList", "Day");
  b.structure("Day", { date: ["Timestamp", { required: {} }], temperature: "Temperature", next: "Day", sky: "Sky" });
  b.structure(
    "Detail",
    { text: ["Text", { length: { max: 200 } }], children: "DetailList" },
    { documentation: "Free-form detail; nests." },
  );
  b.list("DetailList", "Detail", { sparse: {} });
  b.union("Sky", { clear: "Unit", cloudy: ["Percent", { documentation: "Cloud cover." }], picture: "Blob" });
  b.simple("CityName", "string", { length: { min: 1, max: 64 }, pattern: "^[A-Za-z ]+$" });
  b.simple("Text", "string", { length: { min: 1 }, sensitive: {} });
  b.simple("Days", "integer", { range: { min: 1, max: 14 } });
  b.simple("Percent", "integer", { range: { min: 0, max: 100 } });
  b.simple("Temperature", "double");
  b.enum("Units", { METRIC: "metric", IMPERIAL: "imperial" }, { documentation: "Measurement units." });
  b.intEnum("Status", { CREATED: 201, ACCEPTED: 202 });
  b.map("TagMap", "String", { length: { max: 10 } });
  b.structure(
    "NotFoundException",
    { message: "String", city: ["CityName", { required: {} }] },
    { error: "client", httpError: 404, documentation: "The city is unknown. Check the name." },
  );
  b.structure("ThrottlingException", { message: "String" }, { error: "client", httpError: 429, retryable: { throttling: true } });
  b.structure("UnusedShape", { a: "String" });
  b.structure("MixinShape", { b: "String" }, { mixin: {} });
  return b.build();
}
