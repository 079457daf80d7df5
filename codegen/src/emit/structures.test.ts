import { describe, expect, it } from "vitest";
import { generate } from "../generate.js";
import { ModelBuilder } from "./__fixtures__/model-builder.js";
import { fileOf, weatherFiles } from "./__fixtures__/weather-files.js";

const structures = () => fileOf(weatherFiles(), "src/models/structures.ts");

describe("emitStructures", () => {
  it("imports enum types and defines the document type once", () => {
    const text = structures();
    expect(text).toContain('\nimport type { Status, Units } from "./enums.js";\n');
    expect(text).toContain(
      "/** A JSON document: the value of a Smithy `document` member. */\nexport type DocumentType = null | boolean | number | string | DocumentType[] | { [key: string]: DocumentType };\n",
    );
  });

  it("maps members to TypeScript types; required members are not optional", () => {
    expect(structures()).toContain(`/**
 * @generated from example.weather#PutReadingInput
 */
export interface PutReadingInput {
  station: string;
  token?: string | undefined;
  takenAt?: Date | undefined;
  raw?: Uint8Array | string | undefined;
  meta?: DocumentType | undefined;
  tags?: Record<string, string> | undefined;
  /**
   * @deprecated Use tags.
   */
  "x-legacy"?: string | undefined;
}
`);
  });

  it("uses renamed names, sparse lists and the documentation of members or their targets", () => {
    expect(structures()).toContain(`/**
 * Free-form detail; nests.
 *
 * @generated from example.weather#Detail
 */
export interface ForecastDetail {
  text?: string | undefined;
  children?: (ForecastDetail | null)[] | undefined;
}
`);
    expect(structures()).toContain("  /** Free-form detail; nests. */\n  detail?: ForecastDetail | undefined;\n");
  });

  it("types received blobs as bytes only", () => {
    expect(structures()).toContain("      picture: Uint8Array;\n");
  });

  it("emits unions as discriminated unions with an $unknown variant", () => {
    expect(structures()).toContain(`export type Sky =
  | {
      clear: Record<string, never>;
      cloudy?: never;
      picture?: never;
      $unknown?: never;
    }
  | {
      clear?: never;
      /** Cloud cover. */
      cloudy: number;
      picture?: never;
      $unknown?: never;
    }
  | {
      clear?: never;
      cloudy?: never;
      picture: Uint8Array;
      $unknown?: never;
    }
  | {
      clear?: never;
      cloudy?: never;
      picture?: never;
      $unknown: [string, any];
    };
`);
  });

  it("declares no error structures (errors are classes) and sorts declarations by name", () => {
    const names = [...structures().matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
    expect(names).toEqual([
      "DocumentType",
      "Day",
      "Forecast",
      "ForecastDetail",
      "GetForecastInput",
      "GetForecastOutput",
      "PutReadingInput",
      "PutReadingOutput",
      "Sky",
    ]);
  });

  it("writes an empty structure as an empty interface the linter accepts, and makes client-filled members optional", () => {
    const model = new ModelBuilder()
      .service("S", { operations: ["Op"] }, { "aws.protocols#awsJson1_0": {}, "aws.api#service": { sdkId: "S" } })
      .operation("Op", { input: "OpInput", output: "OpOutput" })
      .structure("OpInput", {
        token: ["String", { required: {}, idempotencyToken: {} }],
        who: ["String", { required: {}, clientOptional: {} }],
      })
      .structure("OpOutput", {})
      .build();
    const files = generate(model, { clients: [{ service: "example.weather#S", package: "@x/s", dir: "out/s" }] });
    const text = files.find((f) => f.path === "out/s/src/models/structures.ts")!.content;
    expect(text).toContain("export interface OpInput {\n  token?: string | undefined;\n  who?: string | undefined;\n}\n");
    expect(text).toContain("// biome-ignore lint/suspicious/noEmptyInterface: the shape has no members\nexport interface OpOutput {}\n");
  });
});
