/** @slimsdk/codegen: the Smithy IDL front end, the model loader and the TypeScript client generator. */

export { ConfigError, type GeneratorConfig, parseConfig } from "./config.js";
export { type ClientOptions, GenerateError, type GenerateOptions, generate } from "./generate.js";
export type { IdlFile } from "./idl/ast.js";
export { LocatedError, ModelErrors, SmithySyntaxError } from "./idl/located-error.js";
export { formatLoc, type Loc, type Position, printLocation } from "./idl/location.js";
export { parseIdl } from "./idl/parse-idl.js";
export { Source } from "./idl/source.js";
export { type JsonAst, type JsonAstShape, toJsonAst } from "./model/json-ast-write.js";
export { loadModelFromPaths, readModelFiles } from "./model/load-files.js";
export { type LoadOptions, loadModel, type ModelFile } from "./model/load-model.js";
export type {
  AggregateShape,
  MemberShape,
  Model,
  Node,
  OperationShape,
  ResourceShape,
  ServiceShape,
  Shape,
  ShapeType,
  SimpleShape,
  Traits,
} from "./model/shape.js";
export { type FileKind, GeneratedFile, type GeneratedFileOptions, type ImportSymbol, LINE_WIDTH } from "./printer/generated-file.js";
