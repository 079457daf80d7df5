/** Where the example writes its lines (console.log in the program, a collecting array in tests). */
export type Print = (line: string) => void;

/** Renders one value for the report: Dates as ISO 8601 strings, lists and maps compactly. */
export function show(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.length === 0 ? "(none)" : value.map(show).join(", ");
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${k}: ${show(v)}`).join(", ")} }`;
  }
  return String(value);
}

/** Prints a blank line and a heading, so each operation's result stands apart. */
export function printHeading(print: Print, title: string): void {
  print("");
  print(`== ${title}`);
}

/** Prints `name  value` rows with aligned values; undefined values are left out (absent optional members). */
export function printFields(print: Print, fields: Readonly<Record<string, unknown>>): void {
  const rows = Object.entries(fields).filter(([, v]) => v !== undefined);
  const width = Math.max(0, ...rows.map(([name]) => name.length));
  for (const [name, value] of rows) print(`   ${name.padEnd(width)}  ${show(value)}`);
}
