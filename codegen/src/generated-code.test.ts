/**
 * The generated code under the repository's own tools: it must type-check with the strict
 * tsconfig against the runtime's source, and pass the linter and formatter unchanged.
 * Writes into `codegen/.tmp-test/` (removed afterwards).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readModelSources } from "./cli.js";
import { WEATHER_SERVICE, weatherModel } from "./emit/__fixtures__/weather-model.js";
import { generate } from "./generate.js";
import { loadModel } from "./model/load-model.js";
import type { GeneratedFile } from "./printer/generated-file.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const out = join(repoRoot, "codegen/.tmp-test");
const outRel = "codegen/.tmp-test";

/** Type-level checks of the generated API: each `@ts-expect-error` must meet an error. */
const USAGE = `import {
  GetForecastCommand,
  NotFoundException,
  PingCommand,
  PutReadingCommand,
  type Sky,
  Units,
  WeatherServiceClient,
  WeatherServiceServiceException,
} from "./weather-rest/src/index.js";
import { UpdateEnvironmentCommand } from "./proton/src/index.js";

export async function usage(): Promise<void> {
  const client = new WeatherServiceClient({ region: "us-east-1" });
  const out = await client.send(new GetForecastCommand({ city: "Paris", units: Units.METRIC }));
  const days: number = out.forecast.days.length;
  const status: number | undefined = out.$metadata.httpStatusCode;
  await client.send(new PingCommand());
  await client.send(new PutReadingCommand({ station: "s1", raw: "text is fine on input" }));
  // @ts-expect-error city is required
  new GetForecastCommand({});
  // @ts-expect-error not a value of Units
  new GetForecastCommand({ city: "x", units: "kelvin" });
  // @ts-expect-error a command of another service
  await client.send(new UpdateEnvironmentCommand({ name: "e", deploymentType: "NONE" }));
  const sky: Sky = { cloudy: 50 };
  // @ts-expect-error a union sets one member
  const twoSkies: Sky = { cloudy: 50, clear: {} };
  try {
    await client.send(new GetForecastCommand({ city: "Nowhere" }));
  } catch (e) {
    if (e instanceof NotFoundException) {
      const city: string = e.city;
      const fault: "client" = e.$fault;
      const name: "NotFoundException" = e.name;
      void [city, fault, name];
    } else if (e instanceof WeatherServiceServiceException) {
      const fault: "client" | "server" = e.$fault;
      void fault;
    }
  }
  const error = new NotFoundException({ city: "x", message: "gone" });
  void [days, status, sky, twoSkies, error];
}
`;

const TSCONFIG = {
  extends: "../../tsconfig.base.json",
  compilerOptions: {
    noEmit: true,
    types: ["node"],
    paths: { "@slimsdk/runtime": ["./runtime-shim.ts"], "#platform": ["../../packages/runtime/src/platform/node.ts"] },
  },
  include: ["*/src", "runtime-shim.ts", "usage.ts"],
};

/** The runtime's root export, plus the protocol codecs in case its index does not export them yet. */
const SHIM = `export * from "../../packages/runtime/src/index.js";
export { awsJson1_0, awsJson1_1, awsJsonWith } from "../../packages/runtime/src/protocols/aws-json.js";
export { restJson1 } from "../../packages/runtime/src/protocols/rest-json1.js";
`;

function write(files: readonly GeneratedFile[]): void {
  for (const f of files) {
    const path = join(repoRoot, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
}

beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  const model = loadModel(readModelSources(repoRoot, [join(repoRoot, "model")]));
  write(
    generate(model, {
      clients: [
        { service: "com.amazonaws.wellarchitected#WellArchitectedApiServiceLambda", package: "@x/wa", dir: `${outRel}/wellarchitected` },
        { service: "com.amazonaws.proton#AwsProton20200720", package: "@x/proton", dir: `${outRel}/proton` },
        { service: "com.amazonaws.imagebuilder#imagebuilder", package: "@x/ib", dir: `${outRel}/imagebuilder` },
        { service: "com.amazonaws.codeguruprofiler#CodeGuruProfiler", package: "@x/cg", dir: `${outRel}/codeguru` },
      ],
    }),
  );
  write(generate(weatherModel("restJson1"), { clients: [{ service: WEATHER_SERVICE, package: "@x/w", dir: `${outRel}/weather-rest` }] }));
  write(generate(weatherModel("awsJson1_0"), { clients: [{ service: WEATHER_SERVICE, package: "@x/w", dir: `${outRel}/weather-json` }] }));
  write(
    generate(weatherModel("awsJson1_1"), { clients: [{ service: WEATHER_SERVICE, package: "@x/w", dir: `${outRel}/weather-json11` }] }),
  );
  writeFileSync(join(out, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
  writeFileSync(join(out, "runtime-shim.ts"), SHIM);
  writeFileSync(join(out, "usage.ts"), USAGE);
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

function runTool(command: string, args: readonly string[]): { status: number; output: string } {
  try {
    const output = execFileSync(command, args, { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { status: 0, output };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { status: err.status ?? 1, output: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

describe("generated code", () => {
  it("type-checks under the strict tsconfig against the runtime source", () => {
    const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
    const r = runTool(process.execPath, [tsc, "-p", join(out, "tsconfig.json")]);
    expect(r.output).toBe("");
    expect(r.status).toBe(0);
  });

  it("passes the linter and the formatter unchanged", () => {
    const biome = join(repoRoot, "node_modules/.bin/biome");
    expect(existsSync(biome)).toBe(true);
    const dirs = ["wellarchitected", "proton", "imagebuilder", "codeguru", "weather-rest", "weather-json", "weather-json11"].map(
      (d) => `${outRel}/${d}`,
    );
    const r = runTool(biome, ["check", "--colors=off", ...dirs]);
    expect(r.output).not.toMatch(/×|Formatter would have printed/);
    expect(r.status).toBe(0);
  });
});
