/**
 * The official Smithy protocol test models (in `<repoRoot>/../shared/smithy-protocol-tests`) load
 * with zero errors together with their trait definitions, on top of our own prelude.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import type { ShapeNode } from "../idl/ast.js";
import { type LocatedError, ModelErrors } from "../idl/located-error.js";
import { parseIdl } from "../idl/parse-idl.js";
import { Source } from "../idl/source.js";
import { toJsonAst } from "./json-ast-write.js";
import { loadModel, type ModelFile } from "./load-model.js";
import type { Model, ServiceShape, Shape } from "./shape.js";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const shared = join(repoRoot, "..", "shared", "smithy-protocol-tests");

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? walk(path) : path.endsWith(".smithy") ? [path] : [];
    });
}

/** Every .smithy file of the shared folder except the official prelude (ours is built in). */
const files: ModelFile[] = walk(shared)
  .filter((path) => !path.endsWith("prelude.smithy"))
  .map((path) => ({ name: relative(shared, path), text: readFileSync(path, "utf8") }));

function load(input: readonly ModelFile[]): { model: Model | undefined; errors: readonly LocatedError[] } {
  try {
    return { model: loadModel(input), errors: [] };
  } catch (e) {
    if (e instanceof ModelErrors) return { model: undefined, errors: e.errors };
    throw e;
  }
}

let whole: { model: Model | undefined; errors: readonly LocatedError[] };
beforeAll(() => {
  whole = load(files);
});

describe("protocol test models", () => {
  test("the set holds the protocol tests, the trait definitions and the shared types", () => {
    const names = files.map((f) => f.name);
    expect(names.length).toBeGreaterThan(70);
    for (const expected of [
      "smithy-aws-protocol-tests/model/shared-types.smithy",
      "smithy-aws-protocol-tests/model/restJson1/http-accept.smithy",
      "smithy-protocol-test-traits/src/main/resources/META-INF/smithy/smithy.test.smithy",
      "smithy-aws-traits/src/main/resources/META-INF/smithy/aws.protocols.smithy",
      "smithy-validation-model/model/smithy.framework.validation.smithy",
    ]) {
      expect(names).toContain(expected);
    }
  });

  test("the whole set loads with zero errors", () => {
    expect(whole.errors.map((e) => e.message)).toEqual([]);
  });

  test.each(files.map((f) => [f.name, f] as const))("%s: no error, and every shape it declares is in the model", (_, file) => {
    expect(whole.errors.filter((e) => e.loc?.source.name === file.name).map((e) => e.message)).toEqual([]);
    const ast = parseIdl(new Source(file.text, file.name));
    const ns = ast.namespace?.text;
    for (const s of ast.statements.filter((x): x is ShapeNode => x.kind === "shape")) {
      const shape = whole.model?.shapes.get(`${ns}#${s.name.text}`);
      expect(shape?.type, `${ns}#${s.name.text}`).toBe(s.type === "set" ? "list" : s.type);
    }
  });

  test.each([
    ["aws.protocoltests.restjson#RestJson", "smithy-aws-protocol-tests/model/restJson1/main.smithy"],
    ["aws.protocoltests.json10#JsonRpc10", "smithy-aws-protocol-tests/model/awsJson1_0/main.smithy"],
  ])("service %s is present with every operation its file binds", (id, fileName) => {
    const service = whole.model?.shapes.get(id) as ServiceShape | undefined;
    expect(service?.type).toBe("service");
    const file = files.find((f) => f.name === fileName);
    const ast = parseIdl(new Source(file?.text ?? "", fileName));
    const decl = ast.statements.find((s): s is ShapeNode => s.kind === "shape" && `${ast.namespace?.text}#${s.name.text}` === id);
    const written = decl?.body?.entries.find((e) => e.key === "operations")?.value;
    const count = written?.kind === "array" ? written.elements.length : -1;
    expect(service?.operations.length).toBe(count);
    expect(count).toBeGreaterThan(10);
    for (const op of service?.operations ?? []) expect(whole.model?.shapes.get(op)?.type, op).toBe("operation");
  });

  test("IDL → Model → JSON AST → Model → JSON AST gives identical JSON and the same shapes", () => {
    const model = whole.model as Model;
    const first = JSON.stringify(toJsonAst(model));
    const reread = loadModel([{ name: "protocol-tests.json", text: first }]);
    expect(JSON.stringify(toJsonAst(reread))).toBe(first);
    expect(withoutLocations(reread)).toEqual(withoutLocations(model));
  });
});

/** The shapes of a model with source locations dropped (JSON AST shapes carry none). */
function withoutLocations(model: Model): unknown {
  const strip = (s: Shape): unknown => {
    const { loc: _, ...rest } = s;
    return "members" in s ? { ...rest, members: [...s.members.values()].map(({ loc: _l, ...m }) => m) } : rest;
  };
  return { metadata: model.metadata, shapes: [...model.shapes.values()].map(strip) };
}
