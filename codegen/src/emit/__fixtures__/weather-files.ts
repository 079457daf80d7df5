/** The files generated for the weather model, keyed by path inside the package. */
import { generate } from "../../generate.js";
import { WEATHER_SERVICE, type WeatherProtocol, weatherModel } from "./weather-model.js";

/** The package directory the weather client is generated into in tests. */
export const WEATHER_DIR = "packages/client-weather";

/** Generates the weather client; keys are paths relative to the package directory. */
export function weatherFiles(protocol: WeatherProtocol = "restJson1"): Map<string, string> {
  const files = generate(weatherModel(protocol), {
    clients: [{ service: WEATHER_SERVICE, package: "@slimsdk/client-weather", dir: WEATHER_DIR }],
  });
  return new Map(files.map((f) => [f.path.slice(WEATHER_DIR.length + 1), f.content]));
}

/** One generated file's content; throws if it was not generated. */
export function fileOf(files: ReadonlyMap<string, string>, path: string): string {
  const content = files.get(path);
  if (content === undefined) throw new Error(`${path} was not generated; got ${[...files.keys()].join(", ")}`);
  return content;
}
