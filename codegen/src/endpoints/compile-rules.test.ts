// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the expected lines are generated code, template literals included.
import { describe, expect, it } from "vitest";
import { emitEndpointResolver } from "../emit/endpoint-resolver.js";

const compile = (ruleSet: unknown) => emitEndpointResolver(ruleSet, { path: "r.ts", prefix: "T", serviceId: "x#S" }).content;
/** The body of the compiled function, from its signature on. */
const body = (ruleSet: unknown) => compile(ruleSet).slice(compile(ruleSet).indexOf("export function"));

const p = (type: string, extra: object = {}) => ({ type, documentation: "d", ...extra });

describe("compiled rules", () => {
  it("nests conditions, assigns with const, and ends a tree that can run out of rules with a throw", () => {
    const ruleSet = {
      version: "1.1",
      parameters: { Bucket: p("string"), Region: p("string", { required: true }), Fips: p("boolean", { required: true, default: false }) },
      rules: [
        {
          type: "tree",
          conditions: [
            { fn: "isSet", argv: [{ ref: "Bucket" }] },
            { fn: "aws.parseArn", argv: [{ ref: "Bucket" }], assign: "arn" },
          ],
          rules: [
            {
              type: "endpoint",
              conditions: [
                { fn: "not", argv: [{ fn: "stringEquals", argv: [{ fn: "getAttr", argv: [{ ref: "arn" }, "resourceId[1]"] }, "x"] }] },
                { fn: "ite", argv: [{ ref: "Fips" }, "-fips", ""], assign: "suffix" },
              ],
              endpoint: {
                url: "https://{arn#accountId}{suffix}.{Region}.example.com",
                properties: { authSchemes: [{ name: "sigv4", signingRegion: "{arn#region}", disableDoubleEncoding: true }] },
                headers: { "x-id": ["{arn#service}", "literal"] },
              },
            },
          ],
        },
        { type: "error", conditions: [{ fn: "booleanEquals", argv: [{ ref: "Fips" }, false] }], error: "no {{braces}} for `{Region}`" },
        {
          type: "endpoint",
          conditions: [{ fn: "uriEncode", argv: ["{Region}"], assign: "encoded" }],
          endpoint: { url: "https://{encoded}" },
        },
      ],
    };
    expect(body(ruleSet).split("\n")).toEqual([
      "export function resolveEndpoint(params: TEndpointParams): RuleEndpoint {",
      "  const { Bucket, Region, Fips = false } = params;",
      "  if (Region == null) throw new EndpointError('Missing required endpoint parameter \"Region\".');",
      "  if (Bucket != null) {",
      "    const arn = parseArn(Bucket);",
      "    if (arn != null) {",
      '      if (arn.resourceId[1] !== "x") {',
      '        const suffix = Fips ? "-fips" : "";',
      "        return {",
      "          url: `https://${arn.accountId}${suffix}.${Region}.example.com`,",
      '          properties: { authSchemes: [{ name: "sigv4", signingRegion: arn.region, disableDoubleEncoding: true }] },',
      '          headers: { "x-id": [arn.service, "literal"] },',
      "        };",
      "      }",
      '      throw new EndpointError("No endpoint rule matched the endpoint parameters.");',
      "    }",
      "  }",
      "  if (!Fips) {",
      "    throw new EndpointError(`no {braces} for \\`${Region}\\``);",
      "  }",
      "  const encoded = uriEncode(Region);",
      "  return { url: `https://${encoded}` };",
      "}",
      "",
    ]);
    expect(compile(ruleSet)).toContain('import { EndpointError, parseArn, type RuleEndpoint, uriEncode } from "@slimsdk/runtime";');
  });

  it("gives an assignment at the start of a rule that can fall through a block of its own", () => {
    const ruleSet = {
      version: "1.0",
      parameters: { Url: p("string", { required: true }) },
      rules: [
        {
          type: "endpoint",
          conditions: [{ fn: "parseURL", argv: [{ ref: "Url" }], assign: "u" }],
          endpoint: { url: "https://{u#authority}" },
        },
        {
          type: "endpoint",
          conditions: [{ fn: "coalesce", argv: [{ fn: "substring", argv: [{ ref: "Url" }, 0, 4, false] }, "none"], assign: "u" }],
          endpoint: { url: "https://{u}" },
        },
      ],
    };
    expect(body(ruleSet)).toContain(
      [
        "  {",
        "    const u = parseUrl(Url);",
        "    if (u != null) {",
        "      return { url: `https://${u.authority}` };",
        "    }",
        "  }",
        '  const u = substring(Url, 0, 4, false) ?? "none";',
      ].join("\n"),
    );
  });

  it.each([
    [
      { rules: [{ type: "endpoint", conditions: [{ fn: "nope", argv: [] }], endpoint: { url: "x" } }] },
      'the function "nope" is not supported',
    ],
    [
      { rules: [{ type: "endpoint", conditions: [], endpoint: { url: "https://{Missing}" } }] },
      '"Missing" is neither a parameter nor a variable',
    ],
    [
      { parameters: { A: p("string") }, rules: [{ type: "endpoint", conditions: [], endpoint: { url: "https://{A}" } }] },
      "holds a value of type option<string>",
    ],
    [
      { parameters: { A: p("number") }, rules: [{ type: "error", conditions: [], error: "x" }] },
      'parameters.A.type: "number" is not one of string, boolean, stringArray.',
    ],
    [
      {
        parameters: { A: p("string", { required: true }) },
        rules: [{ type: "endpoint", conditions: [], endpoint: { url: "https://{A#b}" } }],
      },
      'getAttr path "b" does not apply',
    ],
    [{ rules: [] }, "rules: a rule set has at least one rule."],
    [{ rules: [{ type: "tree", conditions: [], rules: [] }] }, "rules[0].rules: a tree rule has at least one rule."],
    [{ rules: [{ type: "error", conditions: [{ fn: "isSet", argv: [] }], error: "x" }] }, "isSet takes 1 argument, got 0."],
  ])("refuses a malformed rule set (%#)", (partial, message) => {
    expect(() => compile({ version: "1.0", parameters: {}, ...partial })).toThrow(message);
  });
});
