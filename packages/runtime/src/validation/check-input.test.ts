import { describe, expect, it, vi } from "vitest";
import { Command } from "../command.js";
import { FakeClient, StubHandler, testConfig, Upgrade$ } from "../testing/fakes.js";
import { validateConstraints } from "./check-constraints.js";
import { checkInput } from "./check-input.js";
import { InputValidationError } from "./input-validation-error.js";

vi.mock("#platform", () => import("../platform/node.js"));

const upgrade = (input: Record<string, unknown>) => new Command<Record<string, unknown>, object, "Fake">(input, Upgrade$);

describe("input checks", () => {
  it("rejects a missing required member before any request, naming it", async () => {
    const handler = new StubHandler();
    const err = await new FakeClient(testConfig(handler)).send(upgrade({})).catch((e) => e);
    expect(err).toBeInstanceOf(InputValidationError);
    expect(err.message).toBe('UpgradeProfileVersionCommand: missing required member "WorkloadId".');
    expect(err.violations).toEqual([{ path: "WorkloadId", message: 'missing required member "WorkloadId"' }]);
    expect(handler.requests).toHaveLength(0);
  });

  it("rejects an empty URI label before any request", async () => {
    const handler = new StubHandler();
    const err = await new FakeClient(testConfig(handler)).send(upgrade({ WorkloadId: "" })).catch((e) => e);
    expect(err.message).toBe('UpgradeProfileVersionCommand: member "WorkloadId" is bound to the request URI and must not be empty.');
    expect(handler.requests).toHaveLength(0);
  });

  it("checks required members at depth, but not members with a default", () => {
    const v = checkInput(Upgrade$, { WorkloadId: "w", repository: {}, repositories: [{ name: "a" }, {}] }, undefined);
    expect(v.map((x) => x.path)).toEqual(["repository.name", "repositories[1].name"]);
  });

  it("ignores constraints unless validateInput is set", async () => {
    const handler = new StubHandler();
    await new FakeClient(testConfig(handler)).send(upgrade({ WorkloadId: "w", Count: 99, Color: "BLUE" }));
    expect(handler.requests).toHaveLength(1);
  });

  it("with validateInput, collects every violation with its path", async () => {
    const handler = new StubHandler();
    const client = new FakeClient(testConfig(handler, { validateInput: validateConstraints }));
    const input = {
      WorkloadId: "w",
      Color: "BLUE",
      Count: 0,
      repository: { name: "n", branch: "" },
      repositories: [{ name: "a", branch: "UPPER" }, { name: "b", branch: "toolong" }, { name: "c" }, { name: "d" }],
      tags: { abcd: "x", b: "y", c: "z" },
      choice: { a: "x", b: 2 },
    };
    const err = await client.send(upgrade(input)).catch((e) => e);
    expect(err).toBeInstanceOf(InputValidationError);
    expect(err.violations.map((v: { path: string }) => v.path)).toEqual([
      "Color",
      "Count",
      "repository.branch",
      "repository.branch",
      "repositories",
      "repositories[0].branch",
      "repositories[1].branch",
      "tags",
      'tags["abcd"]',
      "choice",
    ]);
    expect(err.message).toContain('"Color" must be one of "RED", "GREEN", got "BLUE"');
    expect(err.message).toContain('"Count" must be between 1 and 10, got 0');
    expect(err.message).toContain('"repository.branch" length must be between 1 and 5, got 0');
    expect(err.message).toContain('"repositories[0].branch" must match the pattern ^[a-z]+$');
    expect(err.message).toContain('"choice" must set exactly one member, got 2');
    expect(handler.requests).toHaveLength(0);
    await client.send(upgrade({ WorkloadId: "w", Color: "RED", Count: 10, repository: { name: "n", branch: "main" }, choice: { b: 1 } }));
    expect(handler.requests).toHaveLength(1);
  });

  it("counts string lengths in code points", () => {
    const ok = checkInput(Upgrade$, { WorkloadId: "w", repository: { name: "n", branch: "\u{1F600}".repeat(5) } }, validateConstraints);
    expect(ok.map((v) => v.message)).toEqual(['"repository.branch" must match the pattern ^[a-z]+$']);
    const long = checkInput(Upgrade$, { WorkloadId: "w", repository: { name: "n", branch: "\u{1F600}".repeat(6) } }, validateConstraints);
    expect(long.map((v) => v.message)).toContain('"repository.branch" length must be between 1 and 5, got 6');
  });
});
