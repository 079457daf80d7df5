/**
 * JSON text in the repository's formatter style: two-space indentation, objects one entry per
 * line, arrays of scalars on one line when they fit (package.json: always one item per line, as npm
 * writes it). Used for generated package.json and tsconfig.json.
 */
import { LINE_WIDTH } from "./generated-file.js";

/** A JSON value. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** Formats `value` as JSON text ending with a newline; `expandArrays` puts every array item on its own line (as for package.json). */
export function formatJson(value: Json, expandArrays = false): string {
  return `${format(value, 0, 0, expandArrays)}\n`;
}

function format(value: Json, indent: number, column: number, expandArrays: boolean): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const pad = " ".repeat(indent + 2);
  if (Array.isArray(value)) {
    const items = value as readonly Json[];
    if (items.length === 0) return "[]";
    const flat = `[${items.map((v) => format(v, indent, column, expandArrays)).join(", ")}]`;
    const scalars = items.every((v) => v === null || typeof v !== "object");
    if (!expandArrays && scalars && column + flat.length + 1 <= LINE_WIDTH) return flat;
    return `[\n${items.map((v) => pad + format(v, indent + 2, pad.length, expandArrays)).join(",\n")}\n${" ".repeat(indent)}]`;
  }
  const entries = Object.entries(value as { readonly [key: string]: Json });
  if (entries.length === 0) return "{}";
  const lines = entries.map(([k, v]) => {
    const head = `${pad}${JSON.stringify(k)}: `;
    return head + format(v, indent + 2, head.length, expandArrays);
  });
  return `{\n${lines.join(",\n")}\n${" ".repeat(indent)}}`;
}
