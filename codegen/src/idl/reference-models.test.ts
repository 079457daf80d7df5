import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseIdl } from "./parse-idl.js";
import { Source } from "./source.js";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const referenceRoot = join(repoRoot, "..", "shared", "smithy-reference");

/** Every `.smithy` file under `dir`, sorted for a stable test order. */
function smithyFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".smithy"))
    .map((f) => join(dir, f))
    .sort();
}

// The rest of the Smithy project's models (trait definitions, rules-engine tests, more protocol
// tests): valid Smithy, so the stricter grammar must accept every one of them. Loading them needs
// traits this project does not define, so this checks the parser only.
describe("the Smithy reference models", () => {
  const files = smithyFiles(referenceRoot);

  it("are present", () => {
    expect(files.length).toBeGreaterThan(80);
  });

  it.each(files.map((f) => [relative(referenceRoot, f), f] as const))("parses %s", (name, file) => {
    const parsed = parseIdl(new Source(readFileSync(file, "utf8"), name));
    expect(parsed.namespace).toBeDefined();
    expect(parsed.statements.length).toBeGreaterThan(0);
  });
});
