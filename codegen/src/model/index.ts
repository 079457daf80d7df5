/** The public API of the model loader: Smithy IDL / JSON AST files in, the semantic Model out, and back to JSON AST. */
export { type JsonAst, type JsonAstShape, toJsonAst } from "./json-ast-write.js";
export { loadModelFromPaths, readModelFiles } from "./load-files.js";
export { type LoadOptions, loadModel, type ModelFile } from "./load-model.js";
export { getShapeOrMember, getTrait, hasTrait, isAggregate, isPreludeShape, memberTarget } from "./model-query.js";
export type * from "./shape.js";
