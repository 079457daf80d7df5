import { decodeEscapes } from "./escapes.js";

/** Counts the leading spaces and tabs of a line. */
function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && (line[n] === " " || line[n] === "\t")) n++;
  return n;
}

/**
 * Turns the raw content of a text block (the text after the opening `"""` and its line break,
 * up to the closing `"""`, line breaks already normalized to LF) into its string value:
 * removes the incidental whitespace as the Smithy spec describes (the common indentation of
 * non-blank lines and of the closing line; trailing spaces), then expands escapes.
 */
export function textBlockValue(raw: string): string {
  const lines = raw.split("\n");
  const last = lines.length - 1;
  let common = Number.POSITIVE_INFINITY;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const indent = indentOf(line);
    // Blank lines do not count, except the closing line: its indentation sets the margin.
    if (indent === line.length && i !== last) continue;
    if (indent < common) common = indent;
  }
  if (common === Number.POSITIVE_INFINITY) common = 0;
  const stripped = lines.map((line) => line.slice(common).replace(/[ \t]+$/, ""));
  return decodeEscapes(stripped.join("\n"));
}
