import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ShapeNode } from "./ast.js";
import { parseIdl } from "./parse-idl.js";
import { Source } from "./source.js";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const testsRoot = join(repoRoot, "..", "shared", "smithy-protocol-tests");

/** Every `.smithy` file under `dir`, sorted for a stable test order. */
function smithyFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".smithy"))
    .map((f) => join(dir, f))
    .sort();
}

describe("the Smithy protocol test models", () => {
  const files = smithyFiles(testsRoot);
  const sources = files.map((f) => new Source(readFileSync(f, "utf8"), relative(testsRoot, f)));

  it("are present", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(sources.map((s) => [s.name, s] as const))("parses %s", (_name, source) => {
    const file = parseIdl(source);
    expect(file.namespace).toBeDefined();
    expect(file.statements.length).toBeGreaterThan(0);
    expect(["1.0", "2.0"]).toContain(file.version);
  });

  it("parses the IDL 1.0 file", () => {
    const source = sources.find((s) => s.name.endsWith("restJson1/http-accept.smithy"));
    expect(parseIdl(source!).version).toBe("1.0");
  });

  it("parses the prelude", () => {
    const prelude = sources.find((s) => s.name.endsWith("prelude.smithy"))!;
    const file = parseIdl(prelude);
    expect(file.namespace?.text).toBe("smithy.api");
    const names = file.statements.filter((s): s is ShapeNode => s.kind === "shape").map((s) => s.name.text);
    expect(names).toEqual(expect.arrayContaining(["String", "Unit", "required", "documentation", "http", "enumValue"]));
  });
});
