import { describe, expect, it } from "vitest";
import { generate } from "../generate.js";
import { ModelBuilder } from "./__fixtures__/model-builder.js";

const RULES = {
  version: "1.0",
  parameters: {
    Region: { type: "String", builtIn: "AWS::Region", required: false, documentation: "The region." },
    UseFIPS: { type: "Boolean", builtIn: "AWS::UseFIPS", required: true, default: false, documentation: "FIPS." },
    ForcePathStyle: { type: "Boolean", builtIn: "AWS::S3::ForcePathStyle", required: false, documentation: "Path style." },
    Stage: { type: "String", required: false, documentation: "The stage." },
    Table: { type: "String", required: false, documentation: "A table." },
    Tables: { type: "stringArray", required: false, documentation: "Tables." },
  },
  rules: [
    {
      conditions: [{ fn: "isSet", argv: [{ ref: "Region" }] }],
      endpoint: { url: "https://{Region}.example.com" },
      type: "endpoint",
    },
    { conditions: [], error: "Missing Region", type: "error" },
  ],
};

function model(rules: unknown = RULES) {
  return new ModelBuilder()
    .service(
      "S",
      { operations: ["Get", "Put"] },
      {
        "aws.protocols#awsJson1_0": {},
        "aws.api#service": { sdkId: "S" },
        "smithy.rules#endpointRuleSet": rules as never,
        "smithy.rules#clientContextParams": { Stage: { type: "string", documentation: "The deployment stage." } },
      },
    )
    .operation(
      "Get",
      { input: "GetInput" },
      { "smithy.rules#staticContextParams": { Stage: { value: "beta" }, Tables: { value: ["a", "b"] } } },
    )
    .structure("GetInput", { name: ["String", { "smithy.rules#contextParam": { name: "Table" } }] })
    .operation("Put", { input: "PutInput" }, { "smithy.rules#operationContextParams": { Tables: { path: "items[*].table" } } })
    .structure("PutInput", { items: "Items" })
    .list("Items", "Item")
    .structure("Item", { table: "String" })
    .build();
}

const files = (m = model()) =>
  new Map(
    generate(m, { clients: [{ service: "example.weather#S", package: "@x/s", dir: "out/s" }] }).map((f) => [f.path.slice(6), f.content]),
  );

describe("endpoint rule sets in generated clients", () => {
  it("emits the compiled resolver, not re-exported by index.ts", () => {
    const out = files();
    expect(out.get("src/endpoint/resolve-endpoint.ts")).toContain(
      "export function resolveEndpoint(params: SEndpointParams): RuleEndpoint {",
    );
    expect(out.get("src/index.ts")).not.toContain("endpoint/");
  });

  it("refers to it from the service schema, with the client option of each parameter", () => {
    expect(files().get("src/service.ts")).toContain(
      [
        "  endpointRules: {",
        "    resolve: resolveEndpoint,",
        '    config: { Region: "region", UseFIPS: "useFipsEndpoint", ForcePathStyle: "forcePathStyle", Stage: "stage" },',
        "  },",
      ].join("\n"),
    );
  });

  it("binds static values, context members and input paths in the operation schemas", () => {
    const schemas = files().get("src/schemas.ts")!;
    expect(schemas).toContain('  endpointParams: (i) => ({ Stage: "beta", Tables: ["a", "b"], Table: i.name }),');
    expect(schemas).toContain("  endpointParams: (i) => ({ Tables: i.items?.map((e: any) => e?.table).filter((e: any) => e != null) }),");
  });

  it("adds the options the runtime config lacks to the client config, and turns the rule set on", () => {
    const client = files().get("src/SClient.ts")!;
    expect(client).toContain("  readonly forcePathStyle?: boolean | Provider<boolean> | undefined;");
    expect(client).toContain("  readonly stage?: string | Provider<string> | undefined;");
    expect(client).not.toContain("useFipsEndpoint?:");
    expect(client).toContain("    useEndpointRules(this.middlewareStack, config);");
  });

  it("refuses a built-in clients cannot set, and a binding of an unknown parameter", () => {
    const withBuiltIn = {
      ...RULES,
      parameters: { ...RULES.parameters, Scope: { type: "String", builtIn: "AWS::Auth::CredentialScope", documentation: "x" } },
    };
    expect(() => files(model(withBuiltIn))).toThrow(/uses the built-in AWS::Auth::CredentialScope, which clients do not support/);
    const { Tables: _, ...fewer } = RULES.parameters;
    expect(() => files(model({ ...RULES, parameters: fewer }))).toThrow(
      'example.weather#Get: staticContextParams binds "Tables", which is not a parameter of the endpoint rule set of example.weather#S.',
    );
  });
});
