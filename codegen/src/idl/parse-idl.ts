import type { IdlFile } from "./ast.js";
import { Parser } from "./parser.js";
import type { Source } from "./source.js";

/**
 * Parses one Smithy IDL file (version 2.0, or 1.0) into its syntax tree.
 * Throws a SmithySyntaxError for the first syntax error found.
 */
export function parseIdl(source: Source): IdlFile {
  return new Parser(source).parseIdlFile();
}
