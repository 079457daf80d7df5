import type { Source } from "./source.js";

/** A point in a source file: 0-based offset, 1-based line and column. */
export interface Position {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** The span of an AST node or token, with the source it came from. */
export interface Loc {
  readonly source: Source;
  readonly start: Position;
  readonly end: Position;
}

/** Builds a Loc for the half-open offset range [start, end) of a source. */
export function locOf(source: Source, start: number, end: number): Loc {
  return {
    source,
    start: { offset: start, ...source.positionAt(start) },
    end: { offset: end, ...source.positionAt(end) },
  };
}

/** Prints `file:line:col`. */
export function formatLoc(loc: Loc): string {
  return `${loc.source.name}:${loc.start.line}:${loc.start.column}`;
}

/**
 * Prints the line of `loc` with the lines before and after it, a line-number gutter,
 * and a caret under the column, e.g.
 *
 *  11 |   structure Foo {
 *  12 |     bar: String,,
 *     |                 ^
 *  13 |   }
 */
export function printLocation(loc: Loc): string {
  const { source } = loc;
  const { line, column } = loc.start;
  const first = Math.max(1, line - 1);
  const last = Math.min(source.lineCount, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = (source.lineText(n) ?? "").replace(/\t/g, " ");
    out.push(`${String(n).padStart(width)} | ${text}`.trimEnd());
    if (n === line) out.push(`${" ".repeat(width)} | ${" ".repeat(column - 1)}^`);
  }
  return out.join("\n");
}
