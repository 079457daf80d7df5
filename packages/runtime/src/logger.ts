import { resolveSchema, type SchemaRef } from "./schema.js";

/** Where the client writes its log lines (e.g. `console`). */
export interface Logger {
  debug(...content: unknown[]): void;
  info(...content: unknown[]): void;
  warn(...content: unknown[]): void;
  error(...content: unknown[]): void;
}

/** What replaces a `@sensitive` value in logs. */
export const SENSITIVE = "***SensitiveInformation***";

/** A copy of `value` safe to log: every member the schema marks `@sensitive` (or whose target is) is replaced. */
export function redact(value: unknown, ref: SchemaRef): unknown {
  if (value == null) return value;
  const schema = resolveSchema(ref);
  if (schema.sensitive) return SENSITIVE;
  if (typeof value !== "object") return value;
  if (schema.k === "list" && Array.isArray(value)) return value.map((v) => redact(v, schema.member));
  const obj = value as Record<string, unknown>;
  if (schema.k === "map") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(obj)) out[k] = redact(obj[k], schema.value);
    return out;
  }
  if (schema.k === "structure" || schema.k === "union") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(obj)) {
      const m = schema.members.find((x) => x.name === k);
      out[k] = m?.sensitive && obj[k] !== undefined ? SENSITIVE : m ? redact(obj[k], m.target) : obj[k];
    }
    return out;
  }
  return value;
}
