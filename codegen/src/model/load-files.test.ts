import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import type { ModelErrors } from "../idl/located-error.js";
import { loadModelFromPaths, readModelFiles } from "./load-files.js";

const dir = mkdtempSync(join(tmpdir(), "slimsdk-model-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const full = join(dir, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, text);
  return full;
}

describe("loadModelFromPaths", () => {
  test("walks directories for .smithy and .json files in name order, names relative to the working directory", () => {
    write("svc/b.smithy", '$version: "2.0"\nnamespace ex\nstring B\n');
    write("svc/nested/a.json", JSON.stringify({ smithy: "2.0", shapes: { "ex#A": { type: "string" } } }));
    write("svc/notes.txt", "ignored");
    const files = readModelFiles([join(dir, "svc")]);
    expect(files.map((f) => f.name)).toEqual([
      relative(process.cwd(), join(dir, "svc/b.smithy")),
      relative(process.cwd(), join(dir, "svc/nested/a.json")),
    ]);
    const model = loadModelFromPaths([join(dir, "svc")]);
    expect([model.shapes.get("ex#A")?.type, model.shapes.get("ex#B")?.type]).toEqual(["string", "string"]);
  });

  test("errors carry the relative file name", () => {
    const bad = write("bad/main.smithy", '$version: "2.0"\nnamespace ex\nstructure S { a: Nope }\n');
    try {
      loadModelFromPaths([bad]);
      expect.unreachable();
    } catch (e) {
      expect((e as ModelErrors).errors.map((x) => x.message)).toEqual([
        `${relative(process.cwd(), bad)}:3:18: Unknown shape "Nope" (resolved against namespace "ex" and the prelude).`,
      ]);
    }
  });
});
