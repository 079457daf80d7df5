import { describe, expect, it } from "vitest";
import { printDoc } from "../printer/doc.js";
import { litDoc } from "../printer/literal.js";
import { ModelBuilder } from "./__fixtures__/model-builder.js";
import { exampleInput } from "./example-value.js";
import { createServiceContext } from "./service-context.js";

function example(build: (b: ModelBuilder) => ModelBuilder, traits = {}): string {
  const b = new ModelBuilder()
    .service(
      "S",
      { operations: ["CreateProfilingGroup"] },
      { "aws.protocols#awsJson1_0": {}, "aws.api#service": { sdkId: "S", arnNamespace: "svc" } },
    )
    .operation("CreateProfilingGroup", { input: "In" }, traits);
  const model = build(b).build();
  const ctx = createServiceContext(model, { service: "example.weather#S", package: "@x/s", dir: "out" });
  return printDoc(litDoc(exampleInput(ctx, ctx.operations[0]!)), 200);
}

describe("exampleInput", () => {
  it("sets the required members with values guessed from their names, types and constraints", () => {
    const text = example((b) =>
      b
        .structure("In", {
          profilingGroupName: ["String", { required: {} }],
          roleArn: ["String", { required: {} }],
          groupArn: ["String", { required: {} }],
          workloadId: ["Hex", { required: {} }],
          maxResults: ["Integer", { required: {}, range: { max: 5 } }],
          kind: ["Kind", { required: {} }],
          at: ["Timestamp", { required: {} }],
          token: ["String", { required: {}, idempotencyToken: {} }],
          optional: "String",
        })
        .simple("Hex", "string", { pattern: "^[0-9a-f]{32}$" })
        .enum("Kind", { FIRST: "first", SECOND: "second" }),
    );
    expect(text).toBe(
      [
        "{",
        '  profilingGroupName: "my-profiling-group",',
        '  roleArn: "arn:aws:iam::123456789012:role/ExampleRole",',
        '  groupArn: "arn:aws:svc:us-east-1:123456789012:group/example-group",',
        '  workloadId: "0123456789abcdef0123456789abcdef",',
        "  maxResults: 5,",
        '  kind: "first",',
        '  at: new Date("2024-01-01T00:00:00Z"),',
        "}",
      ].join("\n"),
    );
  });

  it("uses the first member when none is required, and nests structures and lists", () => {
    const text = example((b) =>
      b
        .structure("In", { items: "Items", other: "String" })
        .list("Items", "Item")
        .structure("Item", { name: ["String", { required: {} }] }),
    );
    expect(text).toBe('{\n  items: [\n    {\n      name: "my-profiling-group",\n    },\n  ],\n}');
  });

  it("prefers the model's @examples", () => {
    const text = example((b) => b.structure("In", { when: "Timestamp", tags: "Tags" }).map("Tags", "String"), {
      examples: [{ title: "t", input: { when: 1700000000, tags: { team: "a" } } }],
    });
    expect(text).toBe('{\n  when: new Date(1700000000000),\n  tags: { team: "a" },\n}');
  });
});
