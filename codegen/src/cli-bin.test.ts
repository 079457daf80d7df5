import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

describe("the installed slimsdk bin", () => {
  it("prints model/ as JSON AST, as the README documents (`npx slimsdk ast model/`)", () => {
    // Runs the bin npm links into node_modules/.bin, so a build that leaves dist/cli.js
    // without its executable bit fails here.
    const out = execFileSync(`${repoRoot}node_modules/.bin/slimsdk`, ["ast", "model/"], { cwd: repoRoot, encoding: "utf8" });
    const ast = JSON.parse(out) as {
      smithy: string;
      shapes: Record<string, { type: string; input?: { target: string }; errors?: unknown[]; traits?: Record<string, unknown> }>;
    };
    expect(ast.smithy).toBe("2.0");
    const operations = Object.entries(ast.shapes)
      .filter(([, shape]) => shape.type === "operation")
      .map(([id]) => id)
      .sort();
    expect(operations).toEqual([
      "com.amazonaws.codeguruprofiler#CreateProfilingGroup",
      "com.amazonaws.imagebuilder#StartResourceStateUpdate",
      "com.amazonaws.proton#UpdateEnvironment",
      "com.amazonaws.wellarchitected#CreateWorkloadShare",
      "com.amazonaws.wellarchitected#UpgradeProfileVersion",
    ]);
    const update = ast.shapes["com.amazonaws.proton#UpdateEnvironment"];
    expect(update?.input?.target).toBe("com.amazonaws.proton#UpdateEnvironmentInput");
    expect(update?.errors).toHaveLength(6);
    expect(update?.traits?.["smithy.api#documentation"]).toMatch(/^Update an environment\./);
  });
});
