/**
 * The model loader: parsed IDL files and JSON AST files in, the semantic Model out, with every
 * error of every file reported together (ModelErrors). Pure: no file system access (see
 * load-files.ts for the Node wrapper).
 */
import type { IdlFile } from "../idl/ast.js";
import { LocatedError, ModelErrors } from "../idl/located-error.js";
import { parseIdl } from "../idl/parse-idl.js";
import { Source } from "../idl/source.js";
import { buildShapes } from "./build-shapes.js";
import type { FileUnit } from "./decl.js";
import { declsFromIdl } from "./idl-decls.js";
import { declsFromJsonAst } from "./json-ast-read.js";
import { mergeMetadata } from "./metadata.js";
import { MixinLayouts } from "./mixins.js";
import { checkModel } from "./model-checks.js";
import { NodeChecker } from "./node-check.js";
import { PRELUDE_IDL, PRELUDE_SOURCE_NAME } from "./prelude.js";
import { resolveDecls } from "./resolve-decls.js";
import { DeclSchemaView } from "./schema-view.js";
import type { Model } from "./shape.js";
import { TraitValidator } from "./trait-validation.js";

/** One model file: `name` decides the format (`.smithy` IDL, `.json` JSON AST) and is what messages print. */
export interface ModelFile {
  readonly name: string;
  readonly text: string;
}

/** Options of loadModel. */
export interface LoadOptions {
  /** Load the built-in `smithy.api` prelude (default true). */
  readonly prelude?: boolean;
}

let preludeAst: IdlFile | undefined;

/** Loads files into a Model; throws ModelErrors carrying every syntax and semantic error found. */
export function loadModel(files: readonly ModelFile[], options: LoadOptions = {}): Model {
  const errors: LocatedError[] = [];
  const units: FileUnit[] = [];
  if (options.prelude !== false) {
    preludeAst ??= parseIdl(new Source(PRELUDE_IDL, PRELUDE_SOURCE_NAME));
    units.push(declsFromIdl(preludeAst, errors, true));
  }
  for (const file of files) {
    const unit = readFile(file, errors);
    if (unit) units.push(unit);
  }
  const decls = resolveDecls(units, errors);
  const layouts = new MixinLayouts(decls.shapes, errors);
  for (const shape of decls.shapes.values()) layouts.layout(shape);
  const view = new DeclSchemaView(decls.shapes, layouts, decls.applies);
  const checker = new NodeChecker(view, decls.resolver, errors);
  const shapes = buildShapes(decls, layouts, view, new TraitValidator(view, checker, errors), errors);
  const metadata = mergeMetadata(units, checker, errors);
  checkModel(decls, shapes, checker, errors);
  if (errors.length) throw new ModelErrors(orderErrors(errors, files));
  return { metadata, shapes };
}

function readFile(file: ModelFile, errors: LocatedError[]): FileUnit | undefined {
  const source = new Source(file.text, file.name);
  try {
    if (file.name.endsWith(".smithy")) return declsFromIdl(parseIdl(source), errors);
    if (file.name.endsWith(".json")) return declsFromJsonAst(source, errors);
  } catch (e) {
    if (e instanceof LocatedError) {
      errors.push(e);
      return undefined;
    }
    throw e;
  }
  errors.push(new LocatedError(`Cannot load "${file.name}": model files must end in .smithy or .json.`));
  return undefined;
}

/** Orders errors by file (in the order given), then position; drops exact duplicates. */
function orderErrors(errors: readonly LocatedError[], files: readonly ModelFile[]): LocatedError[] {
  const fileIndex = new Map(files.map((f, i) => [f.name, i]));
  const rank = (e: LocatedError): [number, number] =>
    e.loc
      ? [e.loc.source.name === PRELUDE_SOURCE_NAME ? -1 : (fileIndex.get(e.loc.source.name) ?? files.length), e.loc.start.offset]
      : [files.length + 1, 0];
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = e.message;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique
    .map((e, i) => ({ e, i, r: rank(e) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i)
    .map((x) => x.e);
}
